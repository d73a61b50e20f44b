package io.vigil.process.audit;

/** The outcome of checking the audit chain. */
public sealed interface ChainVerification {
  /** Every entry is linked and unchanged. */
  record Intact(long entries, String headHash) implements ChainVerification {}

  /** The first broken link: the sequence number, how many entries before it were good, and why. */
  record Broken(long seq, long goodEntries, String reason) implements ChainVerification {}
}
