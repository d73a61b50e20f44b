package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextScanTest {
  @Test
  void findsLinksAndHashtagsInAnyScript() {
    assertThat(TextScan.urls("see https://t.co/AbC, and http://x.org/a)."))
        .containsExactly("https://t.co/AbC", "http://x.org/a");
    assertThat(TextScan.hashtags("#MAGA and #Выборы but not a#b or # alone"))
        .containsExactly("MAGA", "Выборы");
  }

  @Test
  void contentTermsAreWordsHashtagsAndMentionsWithoutLinksOrRepostPrefix() {
    assertThat(
            termStrings(
                "RT @desk: Vote NOW in Ohio! #MAGA @Someone https://t.co/xYz 2016 ab Голосуй vote"))
        .containsExactly("vote", "now", "ohio", "#maga", "@someone", "голосуй");
  }

  @Test
  void normalizesUrlsButKeepsPathCase() {
    assertThat(TextScan.normalizeUrl("HTTPS://WWW.Example.com/Path/?utm_source=tw&id=3#frag"))
        .isEqualTo("example.com/Path?id=3");
    assertThat(TextScan.normalizeUrl("https://t.co/AbCd")).isEqualTo("t.co/AbCd");
  }

  @Test
  void theSamePageSharedFromAppsAndShareButtonsNormalizesToOneLink() {
    String page = "news.example.org/2016/10/story";
    for (String variant :
        List.of(
            "https://www.news.example.org/2016/10/story",
            "https://news.example.org/2016/10/story?ref=user00017",
            "https://www.m.news.example.org/2016/10/story",
            "https://m.news.example.org/2016/10/story",
            "https://news.example.org/2016/10/story/amp",
            "https://amp.news.example.org/2016/10/story?amp=1",
            "https://news.example.org/2016/10/story?igshid=3fa9c1",
            "http://mobile.news.example.org/2016/10/story/?utm_source=tw&fbclid=IwAR0&si=abc",
            "https://news.example.org/2016/10/story?outputType=amp&mc_cid=9&_hsenc=p2")) {
      assertThat(TextScan.normalizeUrl(variant)).as(variant).isEqualTo(page);
    }
    // what names another page stays: a site search, an article id, a host that is only "m.co"
    assertThat(TextScan.normalizeUrl("https://example.org/?s=election"))
        .isEqualTo("example.org?s=election");
    assertThat(TextScan.normalizeUrl("https://example.org/read?id=7&s=12&utm_medium=x"))
        .isEqualTo("example.org/read?id=7&s=12");
    assertThat(TextScan.normalizeUrl("https://m.co/x")).isEqualTo("m.co/x");
    // Twitter's share code only on Twitter; elsewhere s= may name the page
    assertThat(TextScan.normalizeUrl("https://twitter.com/someone/status/12?s=20"))
        .isEqualTo("twitter.com/someone/status/12");
    assertThat(TextScan.normalizeUrl("https://example.org/show?s=2"))
        .isEqualTo("example.org/show?s=2");
    // a short link or a page named "amp" is not an AMP edition; path case is kept
    assertThat(TextScan.normalizeUrl("https://bit.ly/amp")).isEqualTo("bit.ly/amp");
    assertThat(TextScan.normalizeUrl("https://example.com/amp")).isEqualTo("example.com/amp");
    assertThat(TextScan.normalizeUrl("https://bit.ly/x/AMP")).isEqualTo("bit.ly/x/AMP");
    // ref= names a branch on code hosts
    assertThat(TextScan.normalizeUrl("https://github.com/o/r/blob/main/f.java?ref=dev"))
        .isEqualTo("github.com/o/r/blob/main/f.java?ref=dev");
  }

  @Test
  void readsTheSourceAccountOfARepostFromItsText() {
    assertThat(TextScan.repostSource("RT @Fan_Page1: great show tonight")).isEqualTo("Fan_Page1");
    assertThat(TextScan.repostSource("  rt @a: RT @b: nested")).isEqualTo("a");
    assertThat(TextScan.repostSource("great show tonight")).isNull();
    assertThat(TextScan.repostSource("RT @: nobody")).isNull();
  }

  @Test
  void stripsRepostPrefixesBeforeComparingTexts() {
    assertThat(TextScan.normalizeText("RT @someone: RT @other:  Hello   World"))
        .isEqualTo(TextScan.normalizeText("hello world"));
  }

  @Test
  void nearDuplicateSignaturesAgreeForSmallEditsAndDifferForOtherTexts() {
    int[] a =
        NearDuplicates.signature("the election in county nine was rigged by officials share now");
    int[] b =
        NearDuplicates.signature(
            "RT @x: The election in county nine was rigged by officials share now!!");
    int[] c =
        NearDuplicates.signature("a completely different message about the weather today in town");
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    assertThat(NearDuplicates.signature("too short")).isNull();
  }

  private static java.util.List<String> termStrings(String text) {
    TextScan.Terms t = TextScan.contentTerms(text);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int k = 0; k < t.keys().length; k++) {
      out.add(TextScan.term(text, t.spans()[2 * k], t.spans()[2 * k + 1]));
    }
    return out;
  }
}
