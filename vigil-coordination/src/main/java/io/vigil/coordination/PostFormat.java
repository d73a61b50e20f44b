package io.vigil.coordination;

import java.util.Locale;

/** The input formats the detector reads (each may be gzip-compressed; detected by magic bytes). */
public enum PostFormat {
  /**
   * The Clemson (Linvill &amp; Warren) IRA tweets as published by FiveThirtyEight: CSV with
   * author(_id), content, publish_date, post_type, retweet, ... No tweet ids.
   */
  IRA("ira"),
  /**
   * The platforms' information-operations archive: CSV with tweetid, userid, tweet_time,
   * tweet_text, retweet_tweetid, in_reply_to_tweetid, hashtags, urls, ...
   */
  IO_ARCHIVE("io-archive"),
  /**
   * Plain JSON lines, one object per post: account, time (ISO-8601 or epoch seconds), text,
   * reply_to, repost_of, urls, hashtags (arrays or space-separated strings), optional id.
   */
  JSONL("jsonl"),
  /** Plain CSV with a header naming the same columns as {@link #JSONL}. */
  CSV("csv");

  private final String cliName;

  PostFormat(String cliName) {
    this.cliName = cliName;
  }

  /** The command-line name. */
  public String cliName() {
    return cliName;
  }

  /** Parses a command-line name; the message names the accepted values. */
  public static PostFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (PostFormat f : values()) {
      if (f.cliName.equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "'; expected one of ira, io-archive, jsonl, csv");
  }

  @Override
  public String toString() {
    return cliName;
  }
}
