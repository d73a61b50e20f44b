package io.vigil.process.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/*
 * Design note. A hash chain in the manner of Certificate Transparency's and git's: each entry's
 * hash covers its own fields and the previous entry's hash, so that changing, deleting or
 * reordering any stored row changes every hash after it. Field values are length-prefixed before
 * hashing, so no two different entries can produce the same input by moving a separator. The chain
 * proves that rows were not changed behind Vigil's back; it cannot prove that the newest rows were
 * not cut off, which is why the verifier also reports the head (count and last hash) for the
 * operator to compare with a copy kept elsewhere (a later issue: anchoring the head externally).
 * Sources: RFC 6962 §2.1 (Merkle hash trees); MISP's JSON audit log (PR #6914) for the fields.
 */

/** Computes and checks the hash chain of the audit log. */
public final class AuditChain {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The hash of an entry with these fields, chained to {@code prevHash}. */
  public static String hash(
      long seq,
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      @Nullable String before,
      @Nullable String after,
      String prevHash) {
    MessageDigest md = sha256();
    put(md, Long.toString(seq));
    put(md, at.toString());
    put(md, actor);
    put(md, action);
    put(md, entityType);
    put(md, entityId);
    put(md, before);
    put(md, after);
    put(md, prevHash);
    return HexFormat.of().formatHex(md.digest());
  }

  /** Builds the next entry after {@code prevHash}. */
  public static AuditEntry next(
      long seq,
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      @Nullable String before,
      @Nullable String after,
      String prevHash) {
    String h = hash(seq, at, actor, action, entityType, entityId, before, after, prevHash);
    return new AuditEntry(seq, at, actor, action, entityType, entityId, before, after, prevHash, h);
  }

  /** Checks entries in sequence order; returns at the first broken link. */
  public static ChainVerification verify(Iterable<AuditEntry> entries) {
    String prev = GENESIS;
    long expected = 1;
    long count = 0;
    for (AuditEntry e : entries) {
      if (e.seq() != expected) {
        return new ChainVerification.Broken(
            expected,
            count,
            "entry " + expected + " is missing (next stored entry is " + e.seq() + ")");
      }
      if (!e.prevHash().equals(prev)) {
        return new ChainVerification.Broken(
            e.seq(),
            count,
            "entry " + e.seq() + " does not point at the hash of entry " + (e.seq() - 1));
      }
      String h =
          hash(
              e.seq(),
              e.at(),
              e.actor(),
              e.action(),
              e.entityType(),
              e.entityId(),
              e.before(),
              e.after(),
              e.prevHash());
      if (!h.equals(e.hash())) {
        return new ChainVerification.Broken(
            e.seq(),
            count,
            "entry "
                + e.seq()
                + " ("
                + e.action()
                + " "
                + e.entityType()
                + " "
                + e.entityId()
                + " by "
                + e.actor()
                + " at "
                + e.at()
                + ") was changed after it was written: its content no longer matches its hash");
      }
      prev = e.hash();
      expected++;
      count++;
    }
    return new ChainVerification.Intact(count, prev);
  }

  private static void put(MessageDigest md, @Nullable String s) {
    if (s == null) {
      md.update((byte) 0xff);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
    md.update((byte) ':');
    md.update(b);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
