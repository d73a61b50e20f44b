package io.vigil.coordination;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Synthetic posts with planted coordinated groups, written as the plain JSON-lines format.
 *
 * <p>Groups: each group of {@code size} accounts reposts its own 12 posts, every member within two
 * minutes of the first, shares the group's links and posts near-copies of the group's texts. A
 * background of independent accounts draws reposts, texts, links and hashtags from shared pools at
 * random times (so items recur, but not in concert), and everybody (planted or not) uses the
 * trending hashtag {@code #trending}.
 */
public final class Fixtures {
  static final Instant START = Instant.parse("2016-10-01T00:00:00Z");

  private Fixtures() {}

  public record Planted(List<List<String>> groups, List<String> background, String jsonl) {}

  public static Planted planted(int groups, int size, int background, long seed) {
    Random r = new Random(seed);
    List<String> lines = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      List<String> accounts = new ArrayList<>();
      for (int m = 0; m < size; m++) {
        accounts.add("group" + g + "_member" + m);
      }
      members.add(accounts);
      for (int item = 0; item < 12; item++) {
        long t0 = START.getEpochSecond() + (g * 50L + item) * 7200 + r.nextInt(600);
        for (String a : accounts) {
          long t = t0 + r.nextInt(120);
          lines.add(
              json(
                  a,
                  t,
                  "story " + g + "-" + item + " you must read",
                  null,
                  "orig" + g + "-" + item,
                  List.of(),
                  List.of()));
          if (item % 3 == 0) {
            lines.add(
                json(
                    a,
                    t + 30,
                    "BREAKING the election in county "
                        + g
                        + " was rigged by officials "
                        + item
                        + " share now #trending "
                        + (r.nextBoolean() ? "!!" : ""),
                    null,
                    null,
                    List.of("https://www.news" + g + ".example/a/" + item + "?utm_source=x"),
                    List.of("trending")));
          }
        }
      }
    }
    String[] vocabulary = {
      "vote", "county", "market", "weather", "music", "game", "school", "river", "coffee", "movie",
      "city", "night", "garden", "price", "story", "train", "summer", "budget", "doctor", "team"
    };
    List<String> templates = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      StringBuilder t = new StringBuilder("note " + i);
      for (int w = 0; w < 8; w++) {
        t.append(' ').append(vocabulary[r.nextInt(vocabulary.length)]);
      }
      templates.add(t.toString());
    }
    List<String> bg = new ArrayList<>();
    for (int b = 0; b < background; b++) {
      String a = "background" + b;
      bg.add(a);
      for (int k = 0; k < 15; k++) {
        long t = START.getEpochSecond() + r.nextInt(30 * 86_400);
        int p = r.nextInt(300);
        lines.add(json(a, t, "pooled post " + p, null, "pool" + p, List.of(), List.of()));
        lines.add(
            json(
                a,
                t + 60 + r.nextInt(86_400),
                templates.get(r.nextInt(templates.size())) + " #trending",
                null,
                null,
                List.of("https://site" + r.nextInt(200) + ".example/x"),
                List.of("trending", "tag" + r.nextInt(100))));
      }
    }
    return new Planted(members, bg, String.join("\n", lines) + "\n");
  }

  static String json(
      String account,
      long time,
      String text,
      String replyTo,
      String repostOf,
      List<String> urls,
      List<String> hashtags) {
    StringBuilder b = new StringBuilder("{\"account\":\"").append(account).append('"');
    b.append(",\"time\":\"").append(Instant.ofEpochSecond(time)).append('"');
    b.append(",\"text\":\"").append(text.replace("\"", "\\\"")).append('"');
    if (replyTo != null) {
      b.append(",\"reply_to\":\"").append(replyTo).append('"');
    }
    if (repostOf != null) {
      b.append(",\"repost_of\":\"").append(repostOf).append('"');
    }
    b.append(",\"urls\":[");
    for (int i = 0; i < urls.size(); i++) {
      b.append(i > 0 ? "," : "").append('"').append(urls.get(i)).append('"');
    }
    b.append("],\"hashtags\":[");
    for (int i = 0; i < hashtags.size(); i++) {
      b.append(i > 0 ? "," : "").append('"').append(hashtags.get(i)).append('"');
    }
    return b.append("]}").toString();
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] gzip(String text) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
