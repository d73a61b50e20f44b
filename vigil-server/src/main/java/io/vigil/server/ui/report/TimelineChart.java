package io.vigil.server.ui.report;

import io.vigil.process.activity.Activity;
import io.vigil.process.activity.ActivityKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/*
 * Design note. The reports need a timeline of the activities that both a browser and openhtmltopdf
 * can show. openhtmltopdf renders SVG only with its Batik module (several MB more), so the chart is
 * drawn with Java2D into a PNG at twice the display size (sharp when printed) and embedded as a
 * data: URI; the same activities are always listed in a table beside it, which is the accessible,
 * text-extractable form (WCAG 1.1.1: the image's alt text names the table). One bar per activity
 * from its first to its last day (ongoing activities run to the latest date shown), coloured by
 * kind, with the election day as a vertical line. Nothing random, nothing read from the clock.
 */

/** Draws the timeline of an election's activities as a PNG. */
public final class TimelineChart {
  private static final int SCALE = 2;
  private static final int WIDTH = 900;
  private static final int LABEL = 330;
  private static final int ROW = 26;
  private static final int TOP = 34;
  private static final int BOTTOM = 30;
  private static final Map<ActivityKind, Color> COLORS = new EnumMap<>(ActivityKind.class);

  static {
    COLORS.put(ActivityKind.INFLUENCE_OPERATION, new Color(0x0b4f9c));
    COLORS.put(ActivityKind.CYBER_INTRUSION, new Color(0x8f0b21));
    COLORS.put(ActivityKind.ELECTION_INFRASTRUCTURE_TARGETING, new Color(0xb35900));
    COLORS.put(ActivityKind.HACK_AND_LEAK, new Color(0x5b2a86));
    COLORS.put(ActivityKind.COVERT_FINANCING, new Color(0x00703c));
    COLORS.put(ActivityKind.OTHER, new Color(0x4a4a4a));
  }

  /** Charts drawn lately, by what they show: drawing and encoding costs tens of milliseconds. */
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private static final int CACHE_SIZE = 64;

  private TimelineChart() {}

  /** The chart as a {@code data:image/png;base64,...} URI, or empty when there is no activity. */
  public static String dataUri(List<Activity> activities, LocalDate electionDay) {
    if (activities.isEmpty()) {
      return "";
    }
    StringBuilder key = new StringBuilder(electionDay.toString());
    for (Activity a : activities) {
      key.append('|')
          .append(a.id())
          .append('|')
          .append(a.from())
          .append('|')
          .append(a.to())
          .append('|')
          .append(a.kind())
          .append('|')
          .append(a.title().length())
          .append(':')
          .append(a.title());
    }
    if (CACHE.size() >= CACHE_SIZE) {
      CACHE.clear();
    }
    return CACHE.computeIfAbsent(
        key.toString(),
        k ->
            "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png(activities, electionDay)));
  }

  /** The chart as PNG bytes. */
  public static byte[] png(List<Activity> activities, LocalDate electionDay) {
    List<Activity> rows =
        activities.stream()
            .sorted(Comparator.comparing(Activity::from).thenComparing(Activity::id))
            .toList();
    LocalDate start = electionDay;
    LocalDate end = electionDay;
    for (Activity a : rows) {
      start = a.from().isBefore(start) ? a.from() : start;
      LocalDate to = a.to() == null ? a.from() : a.to();
      end = to.isAfter(end) ? to : end;
    }
    start = start.withDayOfMonth(1);
    end = end.plusMonths(1).withDayOfMonth(1);
    long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
    int height = TOP + rows.size() * ROW + BOTTOM;

    BufferedImage img =
        new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(SCALE, SCALE);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      int x0 = LABEL;
      int x1 = WIDTH - 16;
      Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
      g.setFont(small);
      FontMetrics fm = g.getFontMetrics();

      // month grid, labelled every month, or every quarter when the span is long
      int step = span > 400 ? 3 : 1;
      g.setStroke(new BasicStroke(1f));
      for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(step)) {
        int x = x(m, start, span, x0, x1);
        g.setColor(new Color(0xdddddd));
        g.drawLine(x, TOP - 6, x, height - BOTTOM);
        g.setColor(new Color(0x333333));
        String label = m.getYear() + "-" + String.format("%02d", m.getMonthValue());
        if (x + 2 + fm.stringWidth(label) < WIDTH) {
          g.drawString(label, x + 2, height - BOTTOM + 14);
        }
      }
      // election day
      int xe = x(electionDay, start, span, x0, x1);
      g.setColor(new Color(0xc8102e));
      g.setStroke(new BasicStroke(2f));
      g.drawLine(xe, TOP - 12, xe, height - BOTTOM);
      g.drawString("election " + electionDay, Math.min(xe + 4, x1 - 110), TOP - 16);

      int y = TOP;
      for (Activity a : rows) {
        g.setColor(new Color(0x1b1b1b));
        g.drawString(fit(a.title(), fm, LABEL - 16), 8, y + 15);
        LocalDate to = a.to() == null ? end : a.to();
        int xa = x(a.from(), start, span, x0, x1);
        int xb = Math.max(xa + 4, x(to.plusDays(1), start, span, x0, x1));
        g.setColor(COLORS.getOrDefault(a.kind(), Color.DARK_GRAY));
        g.fillRect(xa, y + 5, xb - xa, ROW - 10);
        y += ROW;
      }
      g.setColor(new Color(0x999999));
      g.setStroke(new BasicStroke(1f));
      g.drawLine(x0, height - BOTTOM, x1, height - BOTTOM);
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int x(LocalDate d, LocalDate start, long span, int x0, int x1) {
    return x0 + (int) Math.round((x1 - x0) * (double) ChronoUnit.DAYS.between(start, d) / span);
  }

  private static String fit(String text, FontMetrics fm, int width) {
    if (fm.stringWidth(text) <= width) {
      return text;
    }
    String t = text;
    while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip() + "…";
  }
}
