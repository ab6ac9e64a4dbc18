package dev.pitwall.core.session.annotation;

import java.time.Instant;
import java.util.Optional;

/**
 * An annotation as one line of text, {@code kind,startNs,endNs,createdEpochMs,author,text} ({@code
 * createdEpochMs} empty when unknown; {@code %}, {@code ,}, CR and LF in author and text
 * percent-encoded so a line never breaks). Carried by PitWall's exports beside the laps: CSV {@code
 * # event=...} lines, the Parquet footer key {@link #PARQUET_KEY} (one line per event) and the
 * archive manifest.
 */
public final class AnnotationText {
  /** Parquet footer key of the events, one line each. */
  public static final String PARQUET_KEY = "pitwall.events";

  /** CSV {@code # key=value} key of one event. */
  public static final String CSV_KEY = "event";

  private AnnotationText() {}

  public static String format(Annotation a) {
    return a.kind().id()
        + ','
        + a.startNanos()
        + ','
        + a.endNanos()
        + ','
        + a.createdAt().map(t -> String.valueOf(t.toEpochMilli())).orElse("")
        + ','
        + escape(a.author())
        + ','
        + escape(a.text());
  }

  /**
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  public static Annotation parse(String line) {
    String[] f = line.strip().split(",", -1);
    if (f.length != 6) {
      throw new IllegalArgumentException(
          "expected kind,startNs,endNs,createdEpochMs,author,text but found "
              + f.length
              + " fields");
    }
    try {
      Optional<Instant> created =
          f[3].isEmpty()
              ? Optional.empty()
              : Optional.of(Instant.ofEpochMilli(Long.parseLong(f[3])));
      return new Annotation(
          AnnotationKind.parse(f[0]),
          Long.parseLong(f[1]),
          Long.parseLong(f[2]),
          unescape(f[5]),
          unescape(f[4]),
          created);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + e.getMessage(), e);
    }
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '%' -> b.append("%25");
        case ',' -> b.append("%2C");
        case '\n' -> b.append("%0A");
        case '\r' -> b.append("%0D");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c == '%') {
        throw new IllegalArgumentException("truncated escape at the end of '" + s + "'");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
