package io.vigil.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a list: its entities and where they came from.
 *
 * @param name the list's name ({@code us_ofac_sdn}, {@code vigil_eo13848})
 * @param version a label of the release (file date, content hash)
 * @param importedAt when this version was read
 * @param entities the parties, in file order, ids unique
 */
public record SanctionsList(
    String name, String version, Instant importedAt, List<ListEntity> entities) {

  public SanctionsList {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (version == null) {
      throw new IllegalArgumentException("version must not be null");
    }
    if (importedAt == null) {
      throw new IllegalArgumentException("importedAt must not be null");
    }
    entities = List.copyOf(byId(entities).values());
  }

  private static Map<String, ListEntity> byId(List<ListEntity> entities) {
    Map<String, ListEntity> map = new LinkedHashMap<>();
    for (ListEntity e : entities) {
      map.merge(e.id(), e, ListEntity::mergedWith);
    }
    return map;
  }

  /** The entities by id. */
  public Map<String, ListEntity> index() {
    return byId(entities);
  }

  /**
   * This list with another one's entities folded in: same ids merge their names, dates and
   * identifiers (an alias release joined onto the primary records), new ids are added.
   */
  public SanctionsList mergedWith(SanctionsList other) {
    List<ListEntity> all = new ArrayList<>(entities);
    all.addAll(other.entities);
    return new SanctionsList(name, version + "+" + other.version, importedAt, all);
  }

  /** What changed from the previous version to this one. */
  public ListDelta changesSince(SanctionsList previous) {
    return ListDelta.between(previous, this);
  }
}
