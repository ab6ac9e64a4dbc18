package dev.pitwall.app.mapping;

/**
 * How one role is fed now.
 *
 * @param channel source channel name; equal to the role's key when the source already uses it
 * @param conversion from the source value to the shown value
 * @param unit unit of the shown value (the role's, unless shown unconverted)
 * @param origin why this channel was chosen
 */
public record RoleBinding(
    ScreenRole role, String channel, UnitConversion conversion, String unit, Origin origin) {

  /** Why a channel feeds a role. */
  public enum Origin {
    /** The source names it like the screen does: nothing to derive. */
    SAME_NAME,
    /** Chosen by name and unit. */
    AUTOMATIC,
    /** Named in the channel map. */
    MAPPED
  }

  /** True when the screen reads the source channel itself and nothing is derived. */
  public boolean direct() {
    return channel.equals(role.key());
  }

  /** For people, e.g. {@code SPEED.SPEED (kph → km/h, automatic)}. */
  public String describe() {
    String how =
        switch (origin) {
          case SAME_NAME -> "same name";
          case AUTOMATIC -> "automatic";
          case MAPPED -> "mapped";
        };
    String conv =
        conversion.isIdentity()
            ? ""
            : String.format(
                java.util.Locale.ROOT,
                " × %.6g%s",
                conversion.factor(),
                conversion.offsetAfter() == 0
                    ? ""
                    : String.format(java.util.Locale.ROOT, " %+.6g", conversion.offsetAfter()));
    return channel + conv + " [" + unit + "] (" + how + ")";
  }
}
