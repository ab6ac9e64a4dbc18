package dev.pitwall.core.session.annotation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an annotation marks. {@link #GAP} is written by the store when an interrupted session is
 * continued, never by an engineer.
 */
public enum AnnotationKind {
  /** Free text, e.g. "driver reports understeer in T3". Text required. */
  NOTE(true),
  /** A point of interest; the text may be empty. */
  MARKER(false),
  /** A pit stop; the text may say what was done ("4 tyres, 20 l"). */
  PIT(false),
  /** A flag or neutralisation, e.g. "yellow S2", "red", "SC". Text required. */
  FLAG(true),
  /** A setup change, e.g. "rear wing +1". Text required. */
  SETUP(true),
  /** No samples between start and end: the recording was interrupted and continued. */
  GAP(true);

  private final boolean needsText;

  AnnotationKind(boolean needsText) {
    this.needsText = needsText;
  }

  /** The lower-case name used on the command line, in the database and in export files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean needsText() {
    return needsText;
  }

  /** Whether an engineer may add this kind (every kind but {@link #GAP}). */
  public boolean byEngineer() {
    return this != GAP;
  }

  /**
   * @throws IllegalArgumentException naming the unknown kind and the accepted ones
   */
  public static AnnotationKind parse(String text) {
    for (AnnotationKind k : values()) {
      if (k.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown annotation kind '" + text + "': expected one of " + engineerKinds());
  }

  /** The kinds an engineer may add, comma separated, for messages and help. */
  public static String engineerKinds() {
    return Arrays.stream(values())
        .filter(AnnotationKind::byEngineer)
        .map(AnnotationKind::id)
        .collect(Collectors.joining(", "));
  }
}
