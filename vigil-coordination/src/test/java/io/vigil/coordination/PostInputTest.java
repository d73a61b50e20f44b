package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostInputTest {
  static final String IRA_HEADER =
      "author_id,content,region,language,publish_date,harvested_date,following,followers,updates,"
          + "post_type,retweet,account_category,account_type,external_author_id\n";

  static final class Collect implements PostSink {
    final List<Post> posts = new ArrayList<>();
    final List<MalformedRow> bad = new ArrayList<>();

    @Override
    public void post(Post post) {
      posts.add(post);
    }

    @Override
    public void malformed(MalformedRow row) {
      bad.add(row);
    }
  }

  @Test
  void readsGzippedIraCsvWithRetweetsQuotesAndMultilineText() {
    String csv =
        IRA_HEADER
            + "anna,\"Vote early! #Election2016 https://t.co/AbC1\",US,English,2016-10-01 10:00:00,"
            + "2016-10-01 10:00:00,1,2,3,,0,RightTroll,Right,1\n"
            + "bob,\"the original, \"\"quoted\"\"\ntext\",US,English,2016-10-01 10:01:00,"
            + "2016-10-01 10:01:00,1,2,3,R,1,LeftTroll,Left,2\n"
            + "carl,my quote #tag,US,English,10/1/2016 10:02,x,1,2,3,Q,1,Fearmonger,Koch,3\n";
    Collect c = new Collect();
    long rows =
        PostInput.read(
            new ByteArrayInputStream(Fixtures.gzip(csv)), "ira.csv.gz", PostFormat.IRA, false, c);

    assertThat(rows).isEqualTo(3);
    assertThat(c.bad).isEmpty();
    Post anna = c.posts.get(0);
    assertThat(anna.repost()).isFalse();
    assertThat(anna.hashtags()).containsExactly("Election2016");
    assertThat(anna.urls()).containsExactly("https://t.co/AbC1");
    assertThat(anna.time())
        .isEqualTo(java.time.Instant.parse("2016-10-01T10:00:00Z").getEpochSecond());
    Post bob = c.posts.get(1);
    assertThat(bob.repost()).isTrue();
    assertThat(bob.repostOf()).isNull();
    assertThat(bob.text()).isEqualTo("the original, \"quoted\"\ntext");
    Post carl = c.posts.get(2);
    assertThat(carl.repost()).as("a quote is the account's own post").isFalse();
    assertThat(carl.time())
        .isEqualTo(java.time.Instant.parse("2016-10-01T10:02:00Z").getEpochSecond());
  }

  @Test
  void countsMalformedRowsWithTheirPhysicalLineAndContinues() {
    String csv =
        IRA_HEADER
            + "anna,\"two\nlines\",US,English,2016-10-01 10:00:00,x,1,2,3,,0,RightTroll,Right,1\n"
            + "bob,hello,US,English,yesterday,x,1,2,3,,0,RightTroll,Right,1\n"
            + "carl,too few fields\n"
            + "dora,fine,US,English,2016-10-01 11:00:00,x,1,2,3,,0,RightTroll,Right,1\n";
    Collect c = new Collect();
    PostInput.read(Fixtures.stream(csv), "ira.csv", PostFormat.IRA, false, c);

    assertThat(c.posts).extracting(Post::account).containsExactly("anna", "dora");
    assertThat(c.bad).hasSize(2);
    assertThat(c.bad.get(0).line()).isEqualTo(4);
    assertThat(c.bad.get(0).field()).isEqualTo("publish_date");
    assertThat(c.bad.get(1).line()).isEqualTo(5);
    assertThat(c.bad.get(1).problem()).contains("expected 14 fields, found 2");
  }

  @Test
  void stopsAtTheFirstMalformedRowWhenAsked() {
    String csv = IRA_HEADER + "bob,hello,US,English,yesterday,x,1,2,3,,0,RightTroll,Right,1\n";
    assertThatThrownBy(
            () ->
                PostInput.read(
                    Fixtures.stream(csv), "ira.csv", PostFormat.IRA, true, new Collect()))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("ira.csv:2")
        .hasMessageContaining("publish_date");
  }

  @Test
  void rejectsEmptyInputAndHeaderOnlyInput() {
    assertThatThrownBy(
            () ->
                PostInput.read(
                    Fixtures.stream(""), "empty.csv", PostFormat.IRA, false, new Collect()))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                PostInput.read(
                    Fixtures.stream(IRA_HEADER), "h.csv", PostFormat.IRA, false, new Collect()))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("no rows");
  }

  @Test
  void namesTheFormatAMismatchedHeaderLooksLike() {
    String archive = "tweetid,userid,tweet_time,tweet_text\n1,u1,2016-10-01 10:00,hi\n";
    assertThatThrownBy(
            () ->
                PostInput.read(
                    Fixtures.stream(archive), "a.csv", PostFormat.IRA, false, new Collect()))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("looks like io-archive");
    assertThatThrownBy(
            () ->
                PostInput.read(
                    Fixtures.stream("a,b\n1,2\n"), "x.csv", PostFormat.IRA, false, new Collect()))
        .hasMessageContaining("matches no known format");
    assertThatThrownBy(
            () ->
                PostInput.read(
                    Fixtures.stream("{\"account\":\"a\"}\n"),
                    "x.json",
                    PostFormat.IRA,
                    false,
                    new Collect()))
        .hasMessageContaining("JSON lines");
  }

  @Test
  void readsTheInformationOperationsArchiveWithIdsAndListFields() {
    String csv =
        "tweetid,userid,user_screen_name,tweet_language,tweet_text,tweet_time,in_reply_to_tweetid,"
            + "retweet_userid,retweet_tweetid,is_retweet,hashtags,urls\n"
            + "10,u1,x,en,RT @someone: hello world,2018-01-02 03:04,,u9,99,True,[],[]\n"
            + "11,u2,y,en,my reply #A #b,2018-01-02 03:05,77,,,False,\"[A, b]\",\"['https://ex.com/x']\"\n";
    Collect c = new Collect();
    PostInput.read(Fixtures.stream(csv), "io.csv", PostFormat.IO_ARCHIVE, false, c);

    assertThat(c.posts).hasSize(2);
    assertThat(c.posts.get(0).repost()).isTrue();
    assertThat(c.posts.get(0).repostOf()).isEqualTo("99");
    assertThat(c.posts.get(1).replyTo()).isEqualTo("77");
    assertThat(c.posts.get(1).hashtags()).containsExactly("A", "b");
    assertThat(c.posts.get(1).urls()).containsExactly("https://ex.com/x");
  }

  @Test
  void readsPlainJsonLinesAndCsv() {
    String jsonl =
        "{\"account\":\"a\",\"time\":1475316000,\"text\":\"RT @x: hi\"}\n"
            + "not json\n"
            + "{\"account\":\"b\",\"time\":\"2016-10-01T10:00:00Z\",\"text\":\"t\",\"urls\":\"https://a.b/c https://d.e\",\"hashtags\":[\"#X\"]}\n";
    Collect c = new Collect();
    PostInput.read(Fixtures.stream(jsonl), "p.jsonl", PostFormat.JSONL, false, c);
    assertThat(c.posts).hasSize(2);
    assertThat(c.posts.get(0).repost()).as("RT prefix marks a repost").isTrue();
    assertThat(c.posts.get(1).urls()).containsExactly("https://a.b/c", "https://d.e");
    assertThat(c.posts.get(1).hashtags()).containsExactly("X");
    assertThat(c.bad).singleElement().satisfies(b -> assertThat(b.line()).isEqualTo(2));

    String csv =
        "account,time,text,reply_to,repost_of,urls,hashtags\na,2016-10-01 10:00,hello,5,,,\n";
    Collect d = new Collect();
    PostInput.read(Fixtures.stream(csv), "p.csv", PostFormat.CSV, false, d);
    assertThat(d.posts.get(0).replyTo()).isEqualTo("5");
  }
}
