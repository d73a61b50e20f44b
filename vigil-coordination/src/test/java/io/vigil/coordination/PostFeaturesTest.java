package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostFeaturesTest {
  private static PostFeatures post(String... tags) {
    return PostFeatures.of(
        new Post("a", 0, "watching", false, null, null, List.of(), List.of(tags), null),
        DetectionOptions.defaults());
  }

  @Test
  void aPostsHashtagsInEitherOrderAreOneSequence() {
    // the viewers of one evening write the show's hashtag and the episode's in either order: one
    // act, one item (until the sixth release of 2026-12-07 two, so one evening was two co-actions)
    PostFeatures showFirst = post("Show", "ShowS2E1");
    PostFeatures episodeFirst = post("ShowS2E1", "show");

    assertThat(showFirst.sequenceKey()).isEqualTo(episodeFirst.sequenceKey());
    assertThat(showFirst.sequenceLabel()).isEqualTo("#show #shows2e1");
    assertThat(post("Show", "ShowS2E2").sequenceKey()).isNotEqualTo(showFirst.sequenceKey());
  }

  @Test
  void aHashtagRepeatedInOnePostIsNoSequence() {
    assertThat(post("Vote", "vote").sequenceLabel()).isNull();
  }
}
