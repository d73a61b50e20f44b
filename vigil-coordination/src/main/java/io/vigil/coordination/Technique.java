package io.vigil.coordination;

/**
 * A DISARM technique suggested by a cluster's signals.
 *
 * @param id the DISARM technique id, e.g. {@code T0049.003} (the bundle labels these ids with
 *     source name {@code mitre-attack})
 * @param name the technique's name in DISARM
 */
public record Technique(String id, String name) {
  public Technique {
    if (id == null || !id.matches("T\\d{4}(\\.\\d{3})?")) {
      throw new IllegalArgumentException("id must look like T0049 or T0049.003, was " + id);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }
}
