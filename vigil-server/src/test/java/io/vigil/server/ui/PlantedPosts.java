package io.vigil.server.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small file of posts in Vigil's JSON-lines format with one planted group of six accounts that
 * repost the same posts, share the same links and post the same text within minutes, among forty
 * background accounts that act independently. Deterministic (fixed seed).
 */
final class PlantedPosts {
  static final long START = Instant.parse("2020-09-01T00:00:00Z").getEpochSecond();

  private PlantedPosts() {}

  static String jsonl() {
    Random r = new Random(3);
    List<String> lines = new ArrayList<>();
    for (int item = 0; item < 12; item++) {
      long t0 = START + item * 7200L + r.nextInt(600);
      for (int m = 0; m < 6; m++) {
        long t = t0 + r.nextInt(120);
        String a = "troll" + m;
        lines.add(post(a, t, "story " + item + " you must read", "orig" + item, "", ""));
        if (item % 3 == 0) {
          lines.add(
              post(
                  a,
                  t + 30,
                  "BREAKING the election in county was rigged " + item + " share now #trending",
                  null,
                  "https://www.news.example/a/" + item,
                  "trending"));
        }
      }
    }
    String[] words = {"vote", "market", "weather", "music", "game", "school", "river", "coffee"};
    for (int b = 0; b < 40; b++) {
      for (int k = 0; k < 15; k++) {
        long t = START + r.nextInt(30 * 86_400);
        int p = r.nextInt(300);
        lines.add(post("background" + b, t, "pooled post " + p, "pool" + p, "", ""));
        StringBuilder text = new StringBuilder("note " + r.nextInt(150));
        for (int w = 0; w < 8; w++) {
          text.append(' ').append(words[r.nextInt(words.length)]);
        }
        lines.add(
            post(
                "background" + b,
                t + 60 + r.nextInt(86_400),
                text + " #trending",
                null,
                "https://site" + r.nextInt(200) + ".example/x",
                "trending"));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String post(
      String account, long time, String text, String repostOf, String url, String tag) {
    StringBuilder b = new StringBuilder("{\"account\":\"").append(account).append('"');
    b.append(",\"time\":\"").append(Instant.ofEpochSecond(time)).append('"');
    b.append(",\"text\":\"").append(text).append('"');
    if (repostOf != null && !repostOf.isEmpty()) {
      b.append(",\"repost_of\":\"").append(repostOf).append('"');
    }
    b.append(",\"urls\":[").append(url.isEmpty() ? "" : "\"" + url + "\"").append(']');
    b.append(",\"hashtags\":[").append(tag.isEmpty() ? "" : "\"" + tag + "\"").append("]}");
    return b.toString();
  }
}
