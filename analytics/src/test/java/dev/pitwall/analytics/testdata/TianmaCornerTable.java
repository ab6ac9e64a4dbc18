package dev.pitwall.analytics.testdata;

import dev.pitwall.analytics.corners.Corner;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the hand-made corner table {@code racechrono_tianma/tianma.json} (Apache-2.0, from
 * racechrono-lap-analyzer) with a regex per corner object; test use only.
 */
public final class TianmaCornerTable {
  private static final Pattern CORNER =
      Pattern.compile(
          "\"id\": \"(T\\d+)\",\\s*\"start_m\": (\\d+),\\s*\"end_m\": (\\d+),\\s*"
              + "\"apex_distance_m\": (\\d+),\\s*\"direction\": \"(left|right)\",\\s*\"type\": \"(\\w+)\"");

  private TianmaCornerTable() {}

  /** Corners with their table type appended to nothing; {@link #types()} gives the types. */
  public static List<Corner> corners() throws Exception {
    List<Corner> out = new ArrayList<>();
    Matcher m = matcher();
    while (m.find()) {
      out.add(
          new Corner(
              m.group(1),
              Double.parseDouble(m.group(2)),
              Double.parseDouble(m.group(4)),
              Double.parseDouble(m.group(3)),
              m.group(5).equals("left") ? Corner.Direction.LEFT : Corner.Direction.RIGHT));
    }
    return out;
  }

  public static List<String> types() throws Exception {
    List<String> out = new ArrayList<>();
    Matcher m = matcher();
    while (m.find()) {
      out.add(m.group(6));
    }
    return out;
  }

  private static Matcher matcher() throws Exception {
    String json = Files.readString(RealData.require("gps/racechrono_tianma/tianma.json"));
    return CORNER.matcher(json);
  }
}
