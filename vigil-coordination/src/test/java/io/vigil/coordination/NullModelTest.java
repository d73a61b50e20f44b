package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NullModelTest {
  @Test
  void poissonTailBoundsTheExactTailFromAbove() {
    // P(X >= 3 | mu = 0.5) = 1 - e^-0.5 (1 + 0.5 + 0.125) = 0.014388
    double exact = 1 - Math.exp(-0.5) * (1 + 0.5 + 0.125);
    double bound = NullModel.poissonTail(3, 0.5);
    assertThat(bound).isGreaterThanOrEqualTo(exact).isLessThan(exact * 1.2);
  }

  @Test
  void sharingNoMoreThanExpectedIsNeverSignificant() {
    assertThat(NullModel.poissonTail(5, 5.0)).isEqualTo(1.0);
    assertThat(NullModel.poissonTail(40, 5.0)).isLessThan(1e-15);
  }

  @Test
  void logGammaMatchesFactorials() {
    assertThat(NullModel.logGamma(6)).isCloseTo(Math.log(120), within(1e-9));
    assertThat(NullModel.logGamma(101)).isCloseTo(363.73937555556347, within(1e-6));
  }
}
