package dev.pitwall.app.ui.annotation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session times as engineers type them: {@code 754.5s}, {@code 754.5}, {@code 12:34.5} (minutes) or
 * {@code 1:02:34.5} (hours); printed as {@code m:ss.SSS}.
 */
public final class SessionTimeText {
  private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d+):(\\d{1,2}(?:\\.\\d+)?)");
  private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)s?");

  private SessionTimeText() {}

  /**
   * @return nanoseconds since the session start
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static long parseNanos(String text) {
    String t = text.strip();
    Matcher s = SECONDS.matcher(t);
    if (s.matches()) {
      return Math.round(Double.parseDouble(s.group(1)) * 1e9);
    }
    Matcher c = CLOCK.matcher(t);
    if (c.matches() && Double.parseDouble(c.group(3)) < 60) {
      long hours = c.group(1) == null ? 0 : Long.parseLong(c.group(1));
      long minutes = Long.parseLong(c.group(2));
      if (c.group(1) == null || minutes < 60) {
        double seconds = hours * 3600.0 + minutes * 60.0 + Double.parseDouble(c.group(3));
        return Math.round(seconds * 1e9);
      }
    }
    throw new IllegalArgumentException(
        "time '" + text + "' is not like 754.5s, 12:34.5 or 1:02:34.5 (since the session start)");
  }

  public static String format(long nanos) {
    long ms = Math.round(nanos / 1e6);
    return String.format(Locale.ROOT, "%d:%02d.%03d", ms / 60_000, ms / 1000 % 60, ms % 1000);
  }
}
