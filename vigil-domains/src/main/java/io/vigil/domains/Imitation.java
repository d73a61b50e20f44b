package io.vigil.domains;

/**
 * The organisation a domain imitates.
 *
 * @param org the organisation's name from the registry
 * @param domain the organisation's domain that is imitated
 */
public record Imitation(String org, String domain) {
  public Imitation {
    if (org.isBlank()) {
      throw new IllegalArgumentException("org: must not be blank");
    }
    if (domain.isBlank()) {
      throw new IllegalArgumentException("domain: must not be blank");
    }
  }
}
