package dev.pitwall.app.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses session durations such as {@code 30s}, {@code 2m}, {@code 1h30m}, {@code 500ms}, {@code
 * 45}.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  @Override
  public Duration convert(String text) {
    String s = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (s.matches("\\d+(\\.\\d+)?")) {
      return seconds(Double.parseDouble(s), text);
    }
    Matcher m = PART.matcher(s);
    double totalS = 0;
    int end = 0;
    while (m.find()) {
      if (m.start() != end) {
        break;
      }
      double v = Double.parseDouble(m.group(1));
      totalS +=
          switch (m.group(2)) {
            case "h" -> v * 3600;
            case "m" -> v * 60;
            case "s" -> v;
            default -> v / 1000;
          };
      end = m.end();
    }
    if (end == 0 || end != s.length()) {
      throw new TypeConversionException(
          "'" + text + "' is not a duration (examples: 30s, 2m, 1h30m, 500ms)");
    }
    return seconds(totalS, text);
  }

  private static Duration seconds(double s, String text) {
    if (!(s > 0)) {
      throw new TypeConversionException("duration must be positive: '" + text + "'");
    }
    return Duration.ofNanos(Math.round(s * 1e9));
  }
}
