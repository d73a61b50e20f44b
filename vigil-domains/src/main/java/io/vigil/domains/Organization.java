package io.vigil.domains;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A protected organisation of the registry.
 *
 * @param id short stable identifier, lower case ({@code senate}, {@code iri})
 * @param name the organisation's name as shown in alerts
 * @param category federal, state-election, party, platform, think-tank or provider
 * @param domains the organisation's own hosts; the first is its main domain
 * @param brands distinctive names that are suspicious on their own
 * @param tokens short or common-word names that are suspicious only beside a lure word
 * @param source the public page the row was taken from
 * @param verify empty, or why the row needs a check by a person
 */
public record Organization(
    String id,
    String name,
    String category,
    List<String> domains,
    List<String> brands,
    List<String> tokens,
    String source,
    String verify) {

  static final List<String> CATEGORIES =
      List.of("federal", "state-election", "party", "platform", "think-tank", "provider");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");
  private static final Pattern NAME_TOKEN = Pattern.compile("[a-z0-9]{2,40}");

  public Organization {
    check(ID.matcher(id).matches(), "id", "must be 1-41 lower-case letters, digits or '-'");
    check(!name.isBlank(), "org", "must not be blank");
    check(CATEGORIES.contains(category), "category", "must be one of " + CATEGORIES);
    domains = List.copyOf(domains);
    brands = List.copyOf(brands);
    tokens = List.copyOf(tokens);
    check(!domains.isEmpty(), "domains", "must list at least one domain");
    for (String domain : domains) {
      try {
        Host host = Host.parse(domain);
        check(host.ascii().equals(domain), "domains", "'" + domain + "' must be lower-case ASCII");
        check(host.registrable() >= 0, "domains", "'" + domain + "' is a public suffix");
      } catch (InvalidDomain e) {
        throw new IllegalArgumentException("domains: " + e.getMessage(), e);
      }
    }
    for (String token : brands) {
      check(
          NAME_TOKEN.matcher(token).matches(), "brands", "'" + token + "' must be [a-z0-9]{2,40}");
    }
    for (String token : tokens) {
      check(
          NAME_TOKEN.matcher(token).matches(), "tokens", "'" + token + "' must be [a-z0-9]{2,40}");
      check(!brands.contains(token), "tokens", "'" + token + "' is already a brand");
    }
    check(
        source.startsWith("https://") || source.startsWith("http://"),
        "source",
        "must be the public http(s) address the row comes from");
  }

  /** The organisation's main domain. */
  public String mainDomain() {
    return domains.getFirst();
  }

  /** Whether the organisation is an identity or mail provider whose names double as lures. */
  public boolean isProvider() {
    return category.equals("provider");
  }

  private static void check(boolean condition, String field, String message) {
    if (!condition) {
      throw new IllegalArgumentException(field + ": " + message);
    }
  }
}
