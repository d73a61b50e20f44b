package io.vigil.stix.catalog;

import java.util.List;

/**
 * An ATT&CK group ({@code intrusion-set}), e.g. G0007 APT28, with the techniques it uses.
 *
 * @param techniqueIds the ATT&CK ids of the techniques of its {@code uses} relationships
 */
public record AttackGroup(
    String id, String name, List<String> aliases, String stixId, List<String> techniqueIds) {
  public AttackGroup {
    id = io.vigil.process.Require.text(id, "group.id", 20);
    name = io.vigil.process.Require.text(name, "group.name", 300);
    stixId = io.vigil.process.Require.text(stixId, "group.stixId", 100);
    aliases = List.copyOf(aliases);
    techniqueIds = List.copyOf(techniqueIds);
  }
}
