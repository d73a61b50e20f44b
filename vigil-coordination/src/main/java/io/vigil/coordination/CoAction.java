package io.vigil.coordination;

import java.time.Instant;

/**
 * One concrete co-action behind an edge: both accounts acted on the same item within the signal's
 * window.
 *
 * @param signal the signal
 * @param item the shared item (normalized text, URL, #hashtag, hashtag sequence, reply target or
 *     time bin)
 * @param account the first account
 * @param time when the first account acted
 * @param otherAccount the second account
 * @param otherTime when the second account acted
 */
public record CoAction(
    Signal signal,
    String item,
    String account,
    Instant time,
    String otherAccount,
    Instant otherTime) {}
