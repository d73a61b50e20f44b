package io.vigil.coordination;

/** Receives progress: the phase and, while reading, the input bytes consumed so far. */
@FunctionalInterface
public interface DetectionProgress {
  void report(String phase, long bytesRead);

  static DetectionProgress none() {
    return (phase, bytes) -> {};
  }
}
