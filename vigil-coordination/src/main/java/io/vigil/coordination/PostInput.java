package io.vigil.coordination;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/*
 * Streaming readers for the three input families. Design:
 * - gzip is detected by its magic bytes (1f 8b), never by file name, so uploads work too.
 * - The first record decides whether the stated format fits. A CSV header is matched against the
 *   columns each format must have; a mismatch names the format the header does look like (or says
 *   it matches none), so "--format ira" on an archive file fails with a message that says so.
 * - A row that cannot be read is reported with its physical line and field, then skipped, or the
 *   run stops, as the caller chooses. Zero readable posts is an error, never an empty result.
 * - The IRA reader never looks at account_category / account_type: those are the researchers'
 *   labels and only the evaluation may read them.
 * Column names: Linvill & Warren via FiveThirtyEight (fivethirtyeight/russian-troll-tweets);
 * Twitter's information-operations archive (transparency.twitter.com, 2018-2021 releases).
 */
final class PostInput {
  private PostInput() {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Reads the whole input into the sink; returns the number of data rows seen. */
  static long read(
      InputStream raw, String source, PostFormat format, boolean stopOnMalformed, PostSink sink) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      int b1 = in.read();
      int b2 = in.read();
      in.reset();
      InputStream data =
          (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in, 1 << 16) : (InputStream) in;
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
      reader.mark(1 << 12);
      int first = reader.read();
      while (first == 0xFEFF || (first >= 0 && Character.isWhitespace(first))) {
        reader.mark(1 << 12);
        first = reader.read();
      }
      if (first < 0) {
        throw new InputRejected(source, 0, "input is empty: no posts to analyse");
      }
      reader.reset();
      Guard guard = new Guard(source, stopOnMalformed, sink);
      long rows =
          first == '{'
              ? readJsonLines(reader, source, format, guard)
              : readCsv(reader, source, format, guard);
      if (rows == 0) {
        throw new InputRejected(source, 0, "input has a header but no rows: no posts to analyse");
      }
      if (guard.posts == 0) {
        throw new InputRejected(
            source,
            0,
            "none of the " + rows + " rows could be read as a post (see malformed rows)");
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  /** Counts posts and applies the continue-or-stop choice. */
  private static final class Guard {
    final String source;
    final boolean stop;
    final PostSink sink;
    long posts;

    Guard(String source, boolean stop, PostSink sink) {
      this.source = source;
      this.stop = stop;
      this.sink = sink;
    }

    void post(Post p) {
      posts++;
      sink.post(p);
    }

    void bad(long line, String field, String problem) {
      if (stop) {
        throw new InputRejected(source, line, "malformed row, field '" + field + "': " + problem);
      }
      sink.malformed(new MalformedRow(line, field, problem));
    }
  }

  static @Nullable PostFormat looksLike(List<String> header) {
    Map<String, Integer> h = index(header);
    if (h.containsKey("tweetid") && h.containsKey("userid") && h.containsKey("tweet_time")) {
      return PostFormat.IO_ARCHIVE;
    }
    if (h.containsKey("content")
        && h.containsKey("publish_date")
        && (h.containsKey("author") || h.containsKey("author_id"))) {
      return PostFormat.IRA;
    }
    if (h.containsKey("account") && h.containsKey("time")) {
      return PostFormat.CSV;
    }
    return null;
  }

  private static Map<String, Integer> index(List<String> header) {
    Map<String, Integer> h = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      h.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').trim(), i);
    }
    return h;
  }

  private static long readCsv(BufferedReader reader, String source, PostFormat format, Guard g)
      throws IOException {
    CsvParser csv = new CsvParser(reader);
    List<String> header;
    try {
      header = csv.next();
    } catch (CsvParser.Unterminated e) {
      throw new InputRejected(source, 1, "header: " + e.getMessage());
    }
    if (header == null) {
      throw new InputRejected(source, 0, "input is empty: no posts to analyse");
    }
    header = CsvParser.copy(header);
    PostFormat seen = looksLike(header);
    if (format == PostFormat.JSONL) {
      throw new InputRejected(
          source,
          1,
          "format jsonl expected JSON objects, but the input is CSV"
              + (seen == null
                  ? " matching no known format"
                  : " that looks like " + seen.cliName()));
    }
    if (seen != format) {
      throw new InputRejected(
          source,
          1,
          "header does not fit format "
              + format.cliName()
              + (seen == null
                  ? " and matches no known format (ira, io-archive, csv)"
                  : "; it looks like " + seen.cliName())
              + ": "
              + String.join(",", header.subList(0, Math.min(8, header.size()))));
    }
    Map<String, Integer> h = index(header);
    RowMapper mapper =
        switch (format) {
          case IRA -> new IraRows(h);
          case IO_ARCHIVE -> new ArchiveRows(h);
          default -> new PlainRows(h);
        };
    boolean[] keep = new boolean[header.size()];
    for (int c : mapper.columns()) {
      if (c >= 0) {
        keep[c] = true;
      }
    }
    csv.keepOnly(keep);
    long rows = 0;
    while (true) {
      List<String> row;
      try {
        row = csv.next();
      } catch (CsvParser.Unterminated e) {
        rows++;
        g.bad(csv.recordLine(), "row", e.getMessage());
        break;
      }
      if (row == null) {
        break;
      }
      rows++;
      long line = csv.recordLine();
      if (row.size() != header.size()) {
        g.bad(line, "row", "expected " + header.size() + " fields, found " + row.size());
        continue;
      }
      mapper.map(row, line, g);
    }
    return rows;
  }

  /** Maps one CSV row to a post, or reports it. */
  private interface RowMapper {
    void map(List<String> row, long line, Guard g);

    /** The columns the mapper reads (-1 for absent ones). */
    int[] columns();
  }

  private static int col(Map<String, Integer> h, String... names) {
    for (String n : names) {
      Integer i = h.get(n);
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  private static String at(List<String> row, int i) {
    return i < 0 ? "" : row.get(i);
  }

  private static final class IraRows implements RowMapper {
    final int author;
    final int content;
    final int date;
    final int postType;
    final int retweet;
    final int language;

    IraRows(Map<String, Integer> h) {
      author = col(h, "author", "author_id");
      content = col(h, "content");
      date = col(h, "publish_date");
      postType = col(h, "post_type");
      retweet = col(h, "retweet");
      language = col(h, "language");
    }

    @Override
    public int[] columns() {
      return new int[] {author, content, date, postType, retweet, language};
    }

    @Override
    public void map(List<String> row, long line, Guard g) {
      String account = row.get(author).trim();
      if (account.isEmpty()) {
        g.bad(line, "author", "empty account");
        return;
      }
      long t = Times.parse(row.get(date));
      if (t == Long.MIN_VALUE) {
        g.bad(line, "publish_date", "not a timestamp: '" + row.get(date) + "'");
        return;
      }
      String type = at(row, postType).trim();
      boolean repost = type.equals("R") || (postType < 0 && at(row, retweet).trim().equals("1"));
      String text = row.get(content);
      g.post(
          new Post(
              account,
              t,
              text,
              repost,
              null,
              null,
              repost ? List.of() : TextScan.urls(text),
              repost ? List.of() : TextScan.hashtags(text),
              language < 0 ? null : row.get(language)));
    }
  }

  private static final class ArchiveRows implements RowMapper {
    final int user;
    final int time;
    final int text;
    final int isRetweet;
    final int retweetId;
    final int replyId;
    final int hashtags;
    final int urls;
    final int language;

    ArchiveRows(Map<String, Integer> h) {
      user = col(h, "userid", "user_screen_name");
      time = col(h, "tweet_time");
      text = col(h, "tweet_text");
      isRetweet = col(h, "is_retweet");
      retweetId = col(h, "retweet_tweetid");
      replyId = col(h, "in_reply_to_tweetid");
      hashtags = col(h, "hashtags");
      urls = col(h, "urls");
      language = col(h, "tweet_language");
    }

    @Override
    public int[] columns() {
      return new int[] {user, time, text, isRetweet, retweetId, replyId, hashtags, urls, language};
    }

    @Override
    public void map(List<String> row, long line, Guard g) {
      String account = row.get(user).trim();
      if (account.isEmpty()) {
        g.bad(line, "userid", "empty account");
        return;
      }
      long t = Times.parse(row.get(time));
      if (t == Long.MIN_VALUE) {
        g.bad(line, "tweet_time", "not a timestamp: '" + row.get(time) + "'");
        return;
      }
      String body = at(row, text);
      String rt = blankToNull(at(row, retweetId));
      String flag = at(row, isRetweet).trim().toLowerCase(Locale.ROOT);
      boolean repost = rt != null || flag.equals("true") || flag.equals("1");
      List<String> tags =
          hashtags < 0 ? TextScan.hashtags(body) : TextScan.listField(row.get(hashtags));
      List<String> links = urls < 0 ? TextScan.urls(body) : TextScan.listField(row.get(urls));
      g.post(
          new Post(
              account,
              t,
              body,
              repost,
              rt,
              blankToNull(at(row, replyId)),
              links,
              tags,
              language < 0 ? null : row.get(language)));
    }
  }

  private static final class PlainRows implements RowMapper {
    final int account;
    final int time;
    final int text;
    final int replyTo;
    final int repostOf;
    final int urls;
    final int hashtags;
    final int language;

    PlainRows(Map<String, Integer> h) {
      account = col(h, "account");
      time = col(h, "time");
      text = col(h, "text");
      replyTo = col(h, "reply_to");
      repostOf = col(h, "repost_of");
      urls = col(h, "urls");
      hashtags = col(h, "hashtags");
      language = col(h, "language");
    }

    @Override
    public int[] columns() {
      return new int[] {account, time, text, replyTo, repostOf, urls, hashtags, language};
    }

    @Override
    public void map(List<String> row, long line, Guard g) {
      String a = row.get(account).trim();
      if (a.isEmpty()) {
        g.bad(line, "account", "empty account");
        return;
      }
      long t = Times.parse(row.get(time));
      if (t == Long.MIN_VALUE) {
        g.bad(line, "time", "not a timestamp: '" + row.get(time) + "'");
        return;
      }
      String body = at(row, text);
      g.post(
          plainPost(
              a,
              t,
              body,
              blankToNull(at(row, repostOf)),
              blankToNull(at(row, replyTo)),
              urls < 0 ? null : TextScan.listField(row.get(urls)),
              hashtags < 0 ? null : TextScan.listField(row.get(hashtags)),
              language < 0 ? null : blankToNull(row.get(language))));
    }
  }

  private static Post plainPost(
      String account,
      long time,
      String text,
      @Nullable String repostOf,
      @Nullable String replyTo,
      @Nullable List<String> urls,
      @Nullable List<String> hashtags,
      @Nullable String language) {
    boolean repost = repostOf != null || TextScan.stripRepostPrefix(text).length() < text.length();
    return new Post(
        account,
        time,
        text,
        repost,
        repostOf,
        replyTo,
        urls != null ? urls : (repost ? List.of() : TextScan.urls(text)),
        hashtags != null ? hashtags : (repost ? List.of() : TextScan.hashtags(text)),
        language);
  }

  private static long readJsonLines(
      BufferedReader reader, String source, PostFormat format, Guard g) throws IOException {
    if (format != PostFormat.JSONL) {
      throw new InputRejected(
          source,
          1,
          "format " + format.cliName() + " expected CSV, but the input is JSON lines (use jsonl)");
    }
    long rows = 0;
    long lineNo = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      rows++;
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (JacksonException e) {
        g.bad(lineNo, "row", "not a JSON object: " + e.getOriginalMessage());
        continue;
      }
      if (n == null || !n.isObject()) {
        g.bad(lineNo, "row", "not a JSON object");
        continue;
      }
      String account = text(n, "account");
      if (account == null || account.isBlank()) {
        g.bad(lineNo, "account", "missing or empty account");
        continue;
      }
      JsonNode tn = n.get("time");
      long t =
          tn == null || tn.isNull()
              ? Long.MIN_VALUE
              : tn.isNumber() ? tn.asLong() : Times.parse(tn.asString());
      if (tn != null && tn.isNumber() && t > 100_000_000_000L) {
        t /= 1000;
      }
      if (t == Long.MIN_VALUE) {
        g.bad(lineNo, "time", "missing or not a timestamp: " + (tn == null ? "absent" : tn));
        continue;
      }
      String body = text(n, "text");
      g.post(
          plainPost(
              account.trim(),
              t,
              body == null ? "" : body,
              blankToNull(text(n, "repost_of")),
              blankToNull(text(n, "reply_to")),
              list(n.get("urls")),
              list(n.get("hashtags")),
              blankToNull(text(n, "language"))));
    }
    return rows;
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static @Nullable List<String> list(@Nullable JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> out = new java.util.ArrayList<>();
      for (JsonNode e : v) {
        String s = e.asString().trim();
        if (s.startsWith("#")) {
          s = s.substring(1);
        }
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return out;
    }
    return TextScan.listField(v.asString());
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
