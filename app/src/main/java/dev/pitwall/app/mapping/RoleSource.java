package dev.pitwall.app.mapping;

import java.util.Locale;
import java.util.Objects;

/**
 * What one line of a channel map says feeds a role: a source channel, optionally scaled ({@code
 * value * factor + offset}) and with the unit of that result, or nothing at all.
 *
 * @param channel source channel name (of car 0; other cars use the same name), or null for "none"
 * @param factor multiplies the source value
 * @param offset added after the factor
 * @param unit unit of {@code value * factor + offset}, or null: then the source channel's own unit
 *     when there is no factor or offset, else the role's unit
 */
public record RoleSource(String channel, double factor, double offset, String unit) {

  public RoleSource {
    if (!Double.isFinite(factor) || !Double.isFinite(offset)) {
      throw new IllegalArgumentException("factor and offset must be finite numbers");
    }
  }

  /** The channel as it comes, converted from its own unit. */
  public static RoleSource of(String channel) {
    return new RoleSource(Objects.requireNonNull(channel), 1, 0, null);
  }

  /** The role shows nothing, even when a channel would fit automatically. */
  public static RoleSource none() {
    return new RoleSource(null, 1, 0, null);
  }

  public boolean isNone() {
    return channel == null;
  }

  public boolean scaled() {
    return factor != 1 || offset != 0;
  }

  /** The right-hand side of a mapping file line, e.g. {@code GAS_PEDAL.GAS_PEDAL * 100}. */
  public String text() {
    if (isNone()) {
      return "none";
    }
    StringBuilder s = new StringBuilder(channel);
    if (factor != 1) {
      s.append(" * ").append(number(factor));
    }
    if (offset != 0) {
      s.append(offset < 0 ? " - " : " + ").append(number(Math.abs(offset)));
    }
    if (unit != null) {
      s.append(" [").append(unit).append(']');
    }
    return s.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
