package io.vigil.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a new release of a list added, removed and changed, by entity id.
 *
 * @param list the list's name
 * @param fromVersion the version replaced
 * @param toVersion the new version
 * @param added entities only the new version has
 * @param removed entities only the old version has
 * @param changed pairs (old, new) of entities whose content differs
 */
public record ListDelta(
    String list,
    String fromVersion,
    String toVersion,
    List<ListEntity> added,
    List<ListEntity> removed,
    List<Change> changed) {

  public ListDelta {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * One changed entity with the fields that differ.
   *
   * @param before the entity in the old version
   * @param after the entity in the new version
   * @param fields names of the fields that differ ({@code names}, {@code programs}, …)
   */
  public record Change(ListEntity before, ListEntity after, List<String> fields) {
    public Change {
      fields = List.copyOf(fields);
    }
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  static ListDelta between(SanctionsList before, SanctionsList after) {
    Map<String, ListEntity> old = before.index();
    Map<String, ListEntity> now = after.index();
    List<ListEntity> added = new ArrayList<>();
    List<ListEntity> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (ListEntity e : now.values()) {
      ListEntity o = old.get(e.id());
      if (o == null) {
        added.add(e);
      } else if (!o.equals(e)) {
        changed.add(new Change(o, e, differences(o, e)));
      }
    }
    for (ListEntity o : old.values()) {
      if (!now.containsKey(o.id())) {
        removed.add(o);
      }
    }
    return new ListDelta(after.name(), before.version(), after.version(), added, removed, changed);
  }

  private static List<String> differences(ListEntity a, ListEntity b) {
    List<String> f = new ArrayList<>();
    if (a.schema() != b.schema()) {
      f.add("schema");
    }
    if (!a.caption().equals(b.caption())) {
      f.add("caption");
    }
    if (!a.names().equals(b.names())) {
      f.add("names");
    }
    if (!a.weakAliases().equals(b.weakAliases())) {
      f.add("weakAliases");
    }
    if (!a.birthDates().equals(b.birthDates())) {
      f.add("birthDates");
    }
    if (!a.countries().equals(b.countries())) {
      f.add("countries");
    }
    if (!a.identifiers().equals(b.identifiers())) {
      f.add("identifiers");
    }
    if (!a.programs().equals(b.programs())) {
      f.add("programs");
    }
    if (!a.remarks().equals(b.remarks())) {
      f.add("remarks");
    }
    return f;
  }
}
