package io.vigil.coordination;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A behavioural trace two accounts can share. Each signal has its own default time window (two
 * actions on the same item count as a co-action only when they are at most this far apart) and the
 * DISARM techniques that coordinated use of it suggests (ids checked against the DISARM STIX 2.1
 * bundle in {@code shared/data/frameworks/disarm-stix21.json}).
 */
public enum Signal {
  /** Reposting the same post (IRA file: the same normalized retweeted text). */
  CO_RETWEET(
      "co-retweet",
      Duration.ofHours(1),
      List.of(
          new Technique("T0049.003", "Bots Amplify via Automated Forwarding and Reposting"),
          new Technique("T0049.001", "Trolls Amplify and Manipulate"))),
  /** Sharing the same normalized URL in an own post. */
  CO_LINK(
      "co-link",
      Duration.ofHours(1),
      List.of(
          new Technique("T0118", "Amplify Existing Narrative"),
          new Technique("T0119", "Cross-Posting"))),
  /** Using the same hashtag in own posts. */
  CO_HASHTAG(
      "co-hashtag",
      Duration.ofHours(1),
      List.of(
          new Technique("T0049.002", "Flood Existing Hashtag"),
          new Technique("T0015", "Create Hashtags and Search Artefacts"))),
  /** Using the same set of two or more hashtags in own posts (in any order). */
  HASHTAG_SEQUENCE(
      "hashtag-sequence",
      Duration.ofDays(1),
      List.of(new Technique("T0049.002", "Flood Existing Hashtag"))),
  /** Posting near-duplicate text (MinHash over word shingles, retweet prefixes stripped). */
  NEAR_DUPLICATE(
      "near-duplicate", Duration.ofHours(1), List.of(new Technique("T0084.001", "Use Copypasta"))),
  /**
   * Replying to the same post. Its window is 10 minutes, not an hour: replies to a popular post
   * come in a storm of minutes from everybody, so within an hour every pair of its repliers is
   * together and a brigade replying within seconds earns nothing for its speed. The IRA file has no
   * replies, so this was set on the independent reviewer-style worlds (bench/independent-worlds;
   * module README): groups replying to popular posts 7 -> 14 of 16 found (seed 2: 6 -> 16), to
   * rarely replied posts 8 -> 12 of 12, organic accounts clustered 22 -> 26 and 51 -> 24.
   */
  CO_REPLY(
      "co-reply",
      Duration.ofMinutes(10),
      List.of(
          new Technique("T0116", "Comment or Reply on Content"),
          new Technique("T0116.001", "Post Inauthentic Social Media Comment"))),
  /** Being active in the same time bins (the window is the bin width). */
  SYNCHRONIZED(
      "synchronized",
      Duration.ofMinutes(1),
      List.of(new Technique("T0049", "Flood Information Space"))),
  /**
   * Writing about the same things: the TF-IDF cosine of two accounts' term profiles (words,
   * hashtags and mentions of their posts) over the whole input. Its window is not used: a profile
   * spans every post of the account.
   */
  SIMILAR_CONTENT(
      "similar-content",
      Duration.ofDays(36_500),
      List.of(
          new Technique("T0084", "Reuse Existing Content"),
          new Technique("T0085", "Develop Text-Based Content")));

  /*
   * Synchronized activity is computed and reported as supporting evidence (reasons, edges,
   * GraphML) but does not drive the clustering by default: on the tuning slice every weight tried
   * (0.5, 0.2, 0.1) merged account categories (ARI 0.657 at 0 vs 0.614 at 0.1), because the IRA's
   * accounts of all categories posted in the same shifts.
   */
  private static final double SYNC_WEIGHT = 0.0;

  private final String cliName;
  private final Duration defaultWindow;
  private final List<Technique> techniques;

  Signal(String cliName, Duration defaultWindow, List<Technique> techniques) {
    this.cliName = cliName;
    this.defaultWindow = defaultWindow;
    this.techniques = techniques;
  }

  /** The name used on the command line and in result files, e.g. {@code co-retweet}. */
  public String cliName() {
    return cliName;
  }

  /** The window used when the options do not set one. */
  public Duration defaultWindow() {
    return defaultWindow;
  }

  /** The settings used when the options do not set any. */
  public SignalSettings defaultSettings() {
    return new SignalSettings(defaultWindow, 2, this == SYNCHRONIZED ? SYNC_WEIGHT : 1.0);
  }

  /**
   * Whether the window bounds the time between two accounts' actions on one item. It does not for
   * {@link #SYNCHRONIZED} (the window is the bin width) nor for {@link #SIMILAR_CONTENT} (a profile
   * spans the whole input).
   */
  public boolean hasCoActionWindow() {
    return this != SYNCHRONIZED && this != SIMILAR_CONTENT;
  }

  /**
   * Whether an account acts on one of this signal's items again and again by nature (a hashtag, a
   * sequence of hashtags), rather than about once (a post, a link, a reply, a text). The null model
   * then does not credit the window: a pair that both use a tag daily is within an hour of each
   * other on it whatever they intend.
   */
  boolean itemsRepeatByNature() {
    return this == CO_HASHTAG || this == HASHTAG_SEQUENCE;
  }

  /** DISARM techniques suggested when this signal holds a cluster together. */
  public List<Technique> techniques() {
    return techniques;
  }

  /**
   * Parses a command-line name ({@code co-retweet}) or constant name ({@code CO_RETWEET}).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Signal parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Signal s : values()) {
      if (s.cliName.equals(n)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown signal '" + name + "'; expected one of " + List.of(cliNames()));
  }

  static String[] cliNames() {
    Signal[] all = values();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].cliName;
    }
    return names;
  }

  @Override
  public String toString() {
    return cliName;
  }
}
