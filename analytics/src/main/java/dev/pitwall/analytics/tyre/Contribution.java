package dev.pitwall.analytics.tyre;

import java.util.Locale;

/** One named part of a prediction, in seconds, relative to the last observed lap. */
public record Contribution(String what, double seconds, String reference) {
  /** E.g. {@code tyre age +0.31 s vs lap 5}. */
  public String inWords() {
    String text = String.format(Locale.ROOT, "%s %+.2f s", what, seconds);
    return reference.isEmpty() ? text : text + " " + reference;
  }
}
