package io.vigil.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vigil.process.judgment.Likelihood;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** ICD 203: one vocabulary (row A); the other row is refused with the term to use instead. */
class LikelihoodTest {

  @ParameterizedTest
  @EnumSource(Likelihood.class)
  void parsesTheTermAndTheConstantName(Likelihood l) {
    assertThat(Likelihood.parse(l.term())).isEqualTo(l);
    assertThat(Likelihood.parse(" " + l.term().toUpperCase(java.util.Locale.ROOT) + " "))
        .isEqualTo(l);
    assertThat(Likelihood.parse(l.name())).isEqualTo(l);
  }

  @ParameterizedTest(name = "''{0}'' -> write ''{1}''")
  @CsvSource({
    "remote,             almost no chance",
    "highly improbable,  very unlikely",
    "improbable,         unlikely",
    "roughly even odds,  roughly even chance",
    "probable,           likely",
    "highly probable,    very likely",
    "nearly certain,     almost certain"
  })
  void refusesTheOtherVocabularyNamingTheRightTerm(String otherRow, String term) {
    InvalidField e = catchThrowableOfType(InvalidField.class, () -> Likelihood.parse(otherRow));

    assertThat(e.field()).isEqualTo("likelihood");
    assertThat(e.getMessage())
        .contains("other ICD 203 vocabulary")
        .contains("write '" + term + "'");
  }

  @ParameterizedTest
  @CsvSource({"maybe", "50%", "certain"})
  void refusesTextThatIsNoTermAtAll(String text) {
    InvalidField e = catchThrowableOfType(InvalidField.class, () -> Likelihood.parse(text));

    assertThat(e.field()).isEqualTo("likelihood");
    assertThat(e.getMessage()).contains("is not an ICD 203 likelihood term");
  }

  @ParameterizedTest
  @EnumSource(Likelihood.class)
  void bandsAreOrderedAndWithinOneToNinetyNinePercent(Likelihood l) {
    assertThat(l.lowPercent()).isBetween(1, 99).isLessThan(l.highPercent());
    assertThat(l.highPercent()).isBetween(1, 99);
    if (l.ordinal() > 0) {
      assertThat(l.lowPercent()).isEqualTo(Likelihood.values()[l.ordinal() - 1].highPercent());
    }
  }
}
