package io.vigil.domains;

/**
 * A generated permutation of a protected domain.
 *
 * @param fuzzer the dnstwist-style name of the method that produced it (omission, homoglyph, ...)
 * @param domain the permutation in lower-case ASCII (A-labels for IDN)
 */
public record Variant(String fuzzer, String domain) {
  public Variant {
    if (fuzzer.isBlank()) {
      throw new IllegalArgumentException("fuzzer: must not be blank");
    }
    if (domain.isBlank()) {
      throw new IllegalArgumentException("domain: must not be blank");
    }
  }
}
