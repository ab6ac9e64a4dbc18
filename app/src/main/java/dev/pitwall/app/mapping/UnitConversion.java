package dev.pitwall.app.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Linear conversions between the unit spellings sources use (DBC files say "kph", "m/s^2", "kPa";
 * loggers "mph", "psi") and the units of the screen's roles.
 *
 * @param factor multiply by this ...
 * @param offsetAfter ... then add this
 */
public record UnitConversion(double factor, double offsetAfter) {
  public static final UnitConversion IDENTITY = new UnitConversion(1, 0);

  private static final double G_MPS2 = 9.80665;

  /** Canonical unit and the factor from the spelled unit to it. */
  private record Canonical(String unit, double factor) {}

  private static final Map<String, Canonical> SPELLINGS =
      Map.ofEntries(
          Map.entry("km/h", new Canonical("km/h", 1)),
          Map.entry("kph", new Canonical("km/h", 1)),
          Map.entry("kmh", new Canonical("km/h", 1)),
          Map.entry("m/s", new Canonical("km/h", 3.6)),
          Map.entry("mph", new Canonical("km/h", 1.609344)),
          Map.entry("knots", new Canonical("km/h", 1.852)),
          Map.entry("kn", new Canonical("km/h", 1.852)),
          Map.entry("rpm", new Canonical("rpm", 1)),
          Map.entry("1/min", new Canonical("rpm", 1)),
          Map.entry("g", new Canonical("g", 1)),
          Map.entry("m/s2", new Canonical("g", 1 / G_MPS2)),
          Map.entry("m/s^2", new Canonical("g", 1 / G_MPS2)),
          Map.entry("m/s²", new Canonical("g", 1 / G_MPS2)),
          Map.entry("bar", new Canonical("bar", 1)),
          Map.entry("kpa", new Canonical("bar", 0.01)),
          Map.entry("mpa", new Canonical("bar", 10)),
          Map.entry("psi", new Canonical("bar", 0.0689475729)),
          Map.entry("deg", new Canonical("deg", 1)),
          Map.entry("°", new Canonical("deg", 1)),
          Map.entry("rad", new Canonical("deg", 180 / Math.PI)),
          Map.entry("m", new Canonical("m", 1)),
          Map.entry("km", new Canonical("m", 1000)),
          Map.entry("l", new Canonical("l", 1)),
          Map.entry("%", new Canonical("%", 1)),
          Map.entry("degc", new Canonical("degC", 1)),
          Map.entry("°c", new Canonical("degC", 1)),
          Map.entry("c", new Canonical("degC", 1)),
          Map.entry("-", new Canonical("-", 1)),
          Map.entry("", new Canonical("-", 1)));

  /**
   * The conversion from {@code from} to {@code to}; empty when the units measure different things
   * or one of them is not known. Fahrenheit is the one affine case.
   */
  public static Optional<UnitConversion> between(String from, String to) {
    String f = normal(from);
    String t = normal(to);
    if (f.equals(t)) {
      return Optional.of(IDENTITY);
    }
    if ((f.equals("degf") || f.equals("°f")) && canonical(t).equals("degC")) {
      return Optional.of(new UnitConversion(5.0 / 9, -32 * 5.0 / 9));
    }
    Canonical a = SPELLINGS.get(f);
    Canonical b = SPELLINGS.get(t);
    if (a == null || b == null || !a.unit().equals(b.unit())) {
      return Optional.empty();
    }
    return Optional.of(new UnitConversion(a.factor() / b.factor(), 0));
  }

  /** True for units that say nothing ("", "-"): DBC files leave many signals without a unit. */
  public static boolean unitless(String unit) {
    return canonical(normal(unit)).equals("-");
  }

  private static String canonical(String normalUnit) {
    Canonical c = SPELLINGS.get(normalUnit);
    return c == null ? normalUnit : c.unit();
  }

  private static String normal(String unit) {
    return unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
  }

  public double apply(double value) {
    return value * factor + offsetAfter;
  }

  /** This conversion followed by {@code then}. */
  public UnitConversion andThen(UnitConversion then) {
    return new UnitConversion(factor * then.factor, offsetAfter * then.factor + then.offsetAfter);
  }

  public boolean isIdentity() {
    return factor == 1 && offsetAfter == 0;
  }
}
