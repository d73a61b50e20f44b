package io.vigil.stix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX ids (UUIDv5, RFC 9562 §5.5): the same Vigil record always gets the same STIX
 * id, so a re-export is stable and consumers de-duplicate; observables use the STIX 2.1 namespace
 * and their id-contributing properties (§2.9), as every STIX producer must.
 */
final class StixIds {
  private StixIds() {}

  /** The namespace of ids made from Vigil record ids. */
  public static final UUID VIGIL_NAMESPACE =
      UUID.fromString("b4a1f0c2-5c7e-4e36-9d1a-6f2c8e0d4a73");

  /** The STIX 2.1 namespace for deterministic SCO ids (§2.9). */
  public static final UUID SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

  /** {@code type--uuidv5(VIGIL_NAMESPACE, name)}. */
  public static String of(String type, String name) {
    return type + "--" + uuid5(VIGIL_NAMESPACE, name);
  }

  /** A UUIDv5 of a name in a namespace. */
  public static UUID uuid5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    java.nio.ByteBuffer ns = java.nio.ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(h, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
