package io.vigil.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One party on a list, in a shape common to OFAC files and FollowTheMoney.
 *
 * @param id stable identifier within the list ({@code ofac-35096}, a FollowTheMoney id)
 * @param schema person, organization, vessel, aircraft or unknown
 * @param caption the primary name as the list writes it
 * @param names all strong names, the caption first
 * @param weakAliases names the publisher flags as weak (OFAC remarks' {@code a.k.a.}, FtM {@code
 *     weakAlias})
 * @param birthDates ISO dates or prefixes ({@code 1952-10-07}, {@code 1952-10}, {@code 1952})
 * @param countries ISO 3166 alpha-2 codes, lower case (nationality, citizenship, address)
 * @param identifiers passports, tax numbers, IMO numbers, …
 * @param programs sanctions programs ({@code RUSSIA-EO14024}, {@code ELECTION-EO13848})
 * @param remarks free text kept for display
 */
public record ListEntity(
    String id,
    EntitySchema schema,
    String caption,
    List<String> names,
    List<String> weakAliases,
    List<String> birthDates,
    List<String> countries,
    List<Identifier> identifiers,
    List<String> programs,
    String remarks) {

  public ListEntity {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (schema == null) {
      throw new IllegalArgumentException("schema must not be null");
    }
    if (caption == null || caption.isBlank()) {
      throw new IllegalArgumentException("caption must not be blank (entity " + id + ")");
    }
    names = distinct(names, caption);
    weakAliases = List.copyOf(new LinkedHashSet<>(weakAliases));
    birthDates = List.copyOf(new LinkedHashSet<>(birthDates));
    countries = List.copyOf(new LinkedHashSet<>(countries));
    identifiers = List.copyOf(new LinkedHashSet<>(identifiers));
    programs = List.copyOf(new LinkedHashSet<>(programs));
    if (remarks == null) {
      remarks = "";
    }
  }

  private static List<String> distinct(List<String> names, String caption) {
    LinkedHashSet<String> set = new LinkedHashSet<>();
    set.add(caption);
    for (String n : names) {
      if (n != null && !n.isBlank()) {
        set.add(n.strip());
      }
    }
    return List.copyOf(set);
  }

  /** A copy holding the names, dates, countries, identifiers and programs of both. */
  public ListEntity mergedWith(ListEntity other) {
    List<String> n = new ArrayList<>(names);
    n.addAll(other.names);
    List<String> w = new ArrayList<>(weakAliases);
    w.addAll(other.weakAliases);
    List<String> b = new ArrayList<>(birthDates);
    b.addAll(other.birthDates);
    List<String> c = new ArrayList<>(countries);
    c.addAll(other.countries);
    List<Identifier> i = new ArrayList<>(identifiers);
    i.addAll(other.identifiers);
    List<String> p = new ArrayList<>(programs);
    p.addAll(other.programs);
    EntitySchema s = schema == EntitySchema.UNKNOWN ? other.schema : schema;
    String r = remarks.isEmpty() ? other.remarks : remarks;
    return new ListEntity(id, s, caption, n, w, b, c, i, p, r);
  }
}
