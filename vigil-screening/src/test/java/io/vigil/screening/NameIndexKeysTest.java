package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexKeysTest {

  @Test
  void deletionsDropOneLetterAndGiveOneStringPerRunOfEqualLetters() {
    assertThat(NameIndex.deletions("anna")).containsExactly("nna", "ana", "ann");
    assertThat(NameIndex.deletions("a")).containsExactly("");
  }

  @Test
  void deletionKeysAreTheKeyPrefixFollowedByEachDeletion() {
    for (String token : List.of("mohammed", "aaron", "lee", "putin", "zz")) {
      List<String> expected = new ArrayList<>();
      for (String d : NameIndex.deletions(token)) {
        expected.add("d" + d);
      }
      assertThat(NameIndex.deletionsFrom("d" + token, 1)).as(token).isEqualTo(expected);
    }
  }
}
