package io.vigil.coordination;

/** The options of the benchmarks: the defaults, with -Dinterest=S to set the interest share. */
final class BenchOptions {
  private BenchOptions() {}

  static DetectionOptions defaults() {
    DetectionOptions o = DetectionOptions.defaults();
    String interest = System.getProperty("interest");
    return interest == null ? o : o.withInterestShare(Double.parseDouble(interest));
  }
}
