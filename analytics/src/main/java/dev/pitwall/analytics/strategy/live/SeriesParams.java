package dev.pitwall.analytics.strategy.live;

import dev.pitwall.analytics.race.param.RaceParamException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Race parameters of a series for the live strategy: race length, compounds (TUM-style codes,
 * softest = highest number) with their offset and fallback degradation, the pit loss, fuel and
 * interaction constants, and the neutralisation odds. Lap times are not here: they come from the
 * session's own laps. Read from a properties file ({@code gr86-cup.properties} documents each key);
 * every value is checked and a bad one named. Immutable.
 */
public record SeriesParams(
    String name,
    int raceLaps,
    List<String> compounds,
    Map<String, double[]> compoundOffsetAndDegS,
    Map<Integer, String> f1VisualCodes,
    boolean twoCompoundRule,
    double pitDriveInlapS,
    double pitDriveOutlapS,
    double pitStationaryS,
    double coldTyresS,
    double fuelStartKg,
    double fuelPerLapKg,
    double fuelSensSPerKg,
    double minGapS,
    double minGapScS,
    double duelS,
    double overtakeLoserS,
    double overtakeGapS,
    double scLapFactor,
    double vscLapFactor,
    double[] pScCount,
    double pAccident,
    double pFailure,
    double lapSigmaS) {

  /** The default for PitWall's simulated GR86 Cup car (resource gr86-cup.properties). */
  public static SeriesParams gr86Cup() {
    return resource("gr86-cup.properties");
  }

  /** F1 game sessions over UDP (resource f1.properties). */
  public static SeriesParams f1() {
    return resource("f1.properties");
  }

  private static SeriesParams resource(String name) {
    try (InputStream in = SeriesParams.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new RaceParamException("series file " + name + " is missing from the build");
      }
      return parse(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RaceParamException("series file " + name + ": " + e.getMessage());
    }
  }

  public static SeriesParams read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file));
    } catch (IOException e) {
      throw new RaceParamException("series file " + file + ": " + e.getMessage());
    }
  }

  public static SeriesParams parse(String source, String text) {
    Properties p = new Properties();
    try (Reader r = new StringReader(text)) {
      p.load(r);
    } catch (IOException e) {
      throw new RaceParamException(source + ": " + e.getMessage());
    }
    Keys k = new Keys(source, p);
    List<String> compounds = List.of(k.text("compounds").split("\\s*,\\s*"));
    Map<String, double[]> coeffs = new LinkedHashMap<>();
    for (String c : compounds) {
      coeffs.put(
          c,
          new double[] {
            k.number("compound." + c + ".offset_s", -30, 30),
            k.number("compound." + c + ".deg_s_per_lap", 0, 5)
          });
    }
    Map<Integer, String> visual = new LinkedHashMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("f1_visual.")) {
        String c = p.getProperty(key).strip();
        if (!coeffs.containsKey(c)) {
          throw new RaceParamException(source + ": " + key + " names unknown compound " + c);
        }
        visual.put((int) k.number(key, 0, 255, key.substring(10)), c);
      }
    }
    boolean rule = Boolean.parseBoolean(k.text("two_compound_rule"));
    long dry = compounds.stream().filter(c -> !c.equals("I") && !c.equals("W")).count();
    if (rule != (dry >= 2)) {
      throw new RaceParamException(
          source
              + ": two_compound_rule="
              + rule
              + " with "
              + dry
              + " dry compound(s): the rule"
              + " applies exactly when a series has two or more");
    }
    return new SeriesParams(
        k.text("series"),
        (int) k.number("race_laps", 2, 500),
        compounds,
        coeffs,
        visual,
        rule,
        k.number("pit_drive_inlap_s", 0, 120),
        k.number("pit_drive_outlap_s", 0, 120),
        k.number("pit_stationary_s", 0, 300),
        k.number("cold_tyres_s", 0, 20),
        k.number("fuel_start_kg", 0, 500),
        k.number("fuel_per_lap_kg", 0, 20),
        k.number("fuel_sens_s_per_kg", 0, 1),
        k.number("min_gap_s", 0.05, 5),
        k.number("min_gap_sc_s", 0.05, 5),
        k.number("duel_s", 0, 5),
        k.number("overtake_loser_s", 0, 5),
        k.number("overtake_gap_s", 0, 5),
        k.number("sc_lap_factor", 1, 3),
        k.number("vsc_lap_factor", 1, 3),
        k.probabilities("p_sc_count", 4),
        k.number("p_accident", 0, 1),
        k.number("p_failure", 0, 1),
        k.number("lap_sigma_s", 0, 10));
  }

  /** Looks up, parses and range-checks keys, naming file and key on failure. */
  private record Keys(String source, Properties p) {
    String text(String key) {
      String v = p.getProperty(key);
      if (v == null || v.isBlank()) {
        throw new RaceParamException(source + ": missing key " + key);
      }
      return v.strip();
    }

    double number(String key, double min, double max) {
      return number(key, min, max, text(key));
    }

    double number(String key, double min, double max, String text) {
      double v;
      try {
        v = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new RaceParamException(source + ": " + key + " = \"" + text + "\" is not a number");
      }
      if (!(v >= min && v <= max)) {
        throw new RaceParamException(
            source + ": " + key + " = " + v + " outside [" + min + ", " + max + "]");
      }
      return v;
    }

    double[] probabilities(String key, int count) {
      String[] parts = text(key).split("\\s*,\\s*");
      List<Double> out = new ArrayList<>();
      for (String s : parts) {
        out.add(number(key, 0, 1, s));
      }
      double sum = out.stream().mapToDouble(Double::doubleValue).sum();
      if (out.size() != count || Math.abs(sum - 1) > 1e-3) {
        throw new RaceParamException(
            source + ": " + key + " needs " + count + " probabilities summing to 1, got " + out);
      }
      return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }
}
