package io.vigil.coordination;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/*
 * Design note. A reviewer checking the detector makes a small file by hand: some accounts acting at
 * random, a few groups acting together. This harness makes such files: B background accounts each
 * retweet R of P posts (uniformly chosen) at random times over a week and write R posts of common
 * words with one of five hashtags; G groups of S accounts each retweet I posts of their own, every
 * member within J seconds of the group's moment, and also R random posts of the pool. A group is
 * found when one cluster is exactly its members; a background account in any cluster is a false
 * positive. Five shapes, three seeds each. Three kinds of planted action: the group retweets the
 * same posts; the group posts the same text (a copypasta of twelve words, a word appended at
 * random) in its own posts; the group posts the same link, while every background post links
 * somewhere of its own (the group's links are then the only links anyone shares). Not a test:
 * bench/coordination.sh small.
 */

/** Planted groups in small hand-made inputs: found groups and clustered background accounts. */
public final class SmallInputsBenchmark {
  private SmallInputsBenchmark() {}

  static final String[] WORDS = "the vote news today city game music love people world".split(" ");
  static final String[] TAGS = {"a", "b", "c", "d", "trending"};

  public static void main(String[] args) {
    int[][] shapes = {
      {20, 10, 100, 1, 3, 3, 60},
      {50, 20, 200, 2, 5, 3, 600},
      {200, 30, 1_000, 3, 4, 3, 300},
      {1_000, 50, 5_000, 5, 3, 3, 3_600},
      {1_000, 50, 500, 5, 3, 3, 3_600},
      // two shared posts: at the limit of what a pair test can tell from chance
      {200, 30, 1_000, 3, 4, 2, 300},
      {300, 20, 300, 3, 5, 2, 60}
    };
    for (String kind : List.of("retweet", "copypasta", "link")) {
      System.out.println("kind: " + kind);
      table(shapes, kind);
    }
  }

  private static void table(int[][] shapes, String kind) {
    System.out.println(
        "| B / R / P / G / S / I / J s | groups found (3 seeds) | background accounts clustered |");
    System.out.println("|---|---|---|");
    for (int[] s : shapes) {
      int found = 0;
      int background = 0;
      for (long seed = 1; seed <= 3; seed++) {
        String jsonl = make(s, kind, new SplittableRandom(seed));
        Detection d =
            new CoordinationDetector(Clock.systemUTC())
                .detect(
                    new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                    "small",
                    PostFormat.JSONL,
                    BenchOptions.defaults());
        for (Cluster c : d.clusters()) {
          List<String> members = c.accounts();
          String first = members.get(0);
          if (first.startsWith("g")) {
            String group = first.substring(0, first.indexOf('m') + 1);
            if (members.size() == s[4] && members.stream().allMatch(a -> a.startsWith(group))) {
              found++;
            }
          }
          background += (int) members.stream().filter(a -> a.startsWith("bg")).count();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| %d / %d / %d / %d / %d / %d / %d | %d of %d | %d of %d |%n",
          s[0],
          s[1],
          s[2],
          s[3],
          s[4],
          s[5],
          s[6],
          found,
          3 * s[3],
          background,
          3 * s[0]);
    }
  }

  static String make(int[] shape, String kind, SplittableRandom r) {
    int b = shape[0];
    int perAccount = shape[1];
    int pool = shape[2];
    int groups = shape[3];
    int size = shape[4];
    int items = shape[5];
    int jitter = shape[6];
    long t0 = Fixtures.START.getEpochSecond();
    StringBuilder sb = new StringBuilder();
    for (int a = 0; a < b; a++) {
      for (int k = 0; k < perAccount; k++) {
        int p = r.nextInt(pool);
        retweet(sb, "bg" + a, t0 + r.nextLong(7 * 86_400), "pool" + p);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 8; w++) {
          text.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        sb.append(
                Fixtures.json(
                    "bg" + a,
                    t0 + r.nextLong(7 * 86_400),
                    text.toString(),
                    null,
                    null,
                    kind.equals("link")
                        ? List.of("https://site" + a + ".example/post/" + k)
                        : List.of(),
                    List.of(TAGS[r.nextInt(TAGS.length)])))
            .append('\n');
      }
    }
    for (int g = 0; g < groups; g++) {
      for (int i = 0; i < items; i++) {
        long moment = t0 + r.nextLong(6 * 86_400);
        StringBuilder copy = new StringBuilder("urgent");
        for (int w = 0; w < 11; w++) {
          copy.append(' ').append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(100));
        }
        for (int m = 0; m < size; m++) {
          String account = "g" + g + "m" + m;
          long at = moment + r.nextInt(jitter);
          switch (kind) {
            case "retweet" -> retweet(sb, account, at, "camp" + g + "-" + i);
            case "copypasta" ->
                sb.append(
                        Fixtures.json(
                            account,
                            at,
                            copy + (r.nextBoolean() ? "" : " " + WORDS[r.nextInt(WORDS.length)]),
                            null,
                            null,
                            List.of(),
                            List.of()))
                    .append('\n');
            default ->
                sb.append(
                        Fixtures.json(
                            account,
                            at,
                            "read this " + WORDS[r.nextInt(WORDS.length)],
                            null,
                            null,
                            List.of("https://campaign" + g + ".example/story/" + i),
                            List.of()))
                    .append('\n');
          }
        }
      }
      for (int m = 0; m < size; m++) {
        for (int k = 0; k < perAccount; k++) {
          retweet(sb, "g" + g + "m" + m, t0 + r.nextLong(7 * 86_400), "pool" + r.nextInt(pool));
        }
      }
    }
    return sb.toString();
  }

  private static void retweet(StringBuilder sb, String account, long at, String post) {
    sb.append(Fixtures.json(account, at, "RT " + post, null, post, List.of(), List.of()))
        .append('\n');
  }
}
