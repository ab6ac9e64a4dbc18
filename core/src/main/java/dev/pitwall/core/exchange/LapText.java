package dev.pitwall.core.exchange;

import dev.pitwall.core.session.Lap;
import java.util.ArrayList;
import java.util.List;

/**
 * A lap as one line of text, {@code car,number,startNs,endNs,valid[,s1;s2;...]} (sector times in
 * seconds, shortest round-trip decimal). Shared by PitWall's CSV and Parquet exports and their
 * importers.
 */
public final class LapText {
  private LapText() {}

  public static String format(Lap lap) {
    StringBuilder b = new StringBuilder();
    b.append(lap.car()).append(',').append(lap.number()).append(',');
    b.append(lap.startNanos()).append(',').append(lap.endNanos()).append(',').append(lap.valid());
    if (!lap.sectorTimesS().isEmpty()) {
      b.append(',');
      for (int i = 0; i < lap.sectorTimesS().size(); i++) {
        b.append(i == 0 ? "" : ";").append(lap.sectorTimesS().get(i));
      }
    }
    return b.toString();
  }

  /**
   * @throws IllegalArgumentException with what is wrong
   */
  public static Lap parse(String text) {
    String[] f = text.strip().split(",", -1);
    if (f.length != 5 && f.length != 6) {
      throw new IllegalArgumentException("expected car,number,startNs,endNs,valid[,sectors]");
    }
    List<Double> sectors = new ArrayList<>();
    if (f.length == 6 && !f[5].isEmpty()) {
      for (String s : f[5].split(";")) {
        sectors.add(Double.parseDouble(s));
      }
    }
    if (!f[4].equals("true") && !f[4].equals("false")) {
      throw new IllegalArgumentException("valid must be true or false");
    }
    return new Lap(
        Integer.parseInt(f[0]),
        Integer.parseInt(f[1]),
        Long.parseLong(f[2]),
        Long.parseLong(f[3]),
        sectors,
        Boolean.parseBoolean(f[4]));
  }
}
