package io.vigil.stix.catalog;

import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A technique of DISARM or ATT&CK as its catalog has it.
 *
 * @param stixId the id of its {@code attack-pattern} in the framework's bundle
 * @param parentId the parent technique of a sub-technique (T0049 for T0049.003), else null
 * @param retired revoked or deprecated in the framework
 */
public record Technique(
    Framework framework,
    String id,
    String name,
    String stixId,
    List<Tactic> tactics,
    @Nullable String parentId,
    String url,
    boolean retired) {

  public Technique {
    io.vigil.process.Require.present(framework, "technique.framework");
    id = io.vigil.process.Require.text(id, "technique.id", 20);
    name = io.vigil.process.Require.text(name, "technique.name", 300);
    stixId = io.vigil.process.Require.text(stixId, "technique.stixId", 100);
    tactics = io.vigil.process.Require.list(tactics, "technique.tactics");
    url = url == null ? "" : url;
  }

  public boolean subtechnique() {
    return parentId != null;
  }

  /** The reference an activity stores. */
  public TechniqueRef ref() {
    return new TechniqueRef(framework, id, name);
  }
}
