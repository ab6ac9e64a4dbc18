package dev.pitwall.analytics.strategy;

import java.util.Map;

/**
 * Radio names of TUM compounds. The TUM files name the three compounds of a race by their Pirelli
 * hardness A1 (hardest) .. A7 (softest); per race the softest available is "soft".
 */
public final class CompoundNames {
  private static final Map<String, String> WET = Map.of("I", "inters", "W", "wets");

  private CompoundNames() {}

  /** Short display name: the TUM code (A4, I, W). */
  public static String display(String code) {
    return code;
  }

  /**
   * Radio word for {@code code} among the race's dry compounds {@code softToHard} (softest first):
   * soft / medium / hard, else the code.
   */
  public static String radio(String code, java.util.List<String> softToHard) {
    if (WET.containsKey(code)) {
      return WET.get(code);
    }
    int i = softToHard.indexOf(code);
    if (softToHard.size() == 3 && i >= 0) {
      return new String[] {"softs", "mediums", "hards"}[i];
    }
    if (softToHard.size() == 2 && i >= 0) {
      return new String[] {"softs", "hards"}[i];
    }
    return code;
  }
}
