package io.vigil.coordination.cli;

import io.vigil.coordination.CoordinationDetector;
import io.vigil.coordination.Detection;
import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.PostFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Runs a detection on a file with a progress bar (bytes of the input file) on stderr. */
final class ProgressRun {
  private ProgressRun() {}

  static Detection detect(
      Clock clock,
      Path input,
      PostFormat format,
      DetectionOptions options,
      PrintWriter err,
      boolean showProgress)
      throws IOException {
    long size = Files.size(input);
    CoordinationDetector detector = new CoordinationDetector(clock);
    try (InputStream in = Files.newInputStream(input)) {
      if (!showProgress) {
        return detector.detect(in, input.toString(), format, options);
      }
      try (ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName("coordination")
              .setInitialMax(size)
              .setUnit("MB", 1 << 20)
              .setUpdateIntervalMillis(500)
              .setConsumer(
                  new DelegatingProgressBarConsumer(
                      line -> {
                        err.print('\r');
                        err.print(line);
                        err.flush();
                      },
                      100))
              .build()) {
        Detection d =
            detector.detect(
                in,
                input.toString(),
                format,
                options,
                (phase, bytes) -> {
                  if (bytes >= 0) {
                    bar.stepTo(Math.min(bytes, size));
                  }
                  bar.setExtraMessage(phase);
                });
        bar.stepTo(size);
        bar.setExtraMessage("done");
        return d;
      } finally {
        err.println();
        err.flush();
      }
    }
  }
}
