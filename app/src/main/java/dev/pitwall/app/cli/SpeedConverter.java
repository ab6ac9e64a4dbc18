package dev.pitwall.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a replay/simulation speed: a real-time factor ({@code 1}, {@code 10}, {@code 0.25}) or
 * {@code max} (as fast as possible, encoded as {@link Double#POSITIVE_INFINITY}).
 */
final class SpeedConverter implements ITypeConverter<Double> {
  @Override
  public Double convert(String text) {
    if (text.equalsIgnoreCase("max")) {
      return Double.POSITIVE_INFINITY;
    }
    try {
      double v = Double.parseDouble(text);
      if (v > 0 && Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new TypeConversionException(
        "'" + text + "' is not a speed: give a factor > 0 (e.g. 1, 10, 0.25) or 'max'");
  }
}
