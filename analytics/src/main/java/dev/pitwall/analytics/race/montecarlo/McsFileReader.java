package dev.pitwall.analytics.race.montecarlo;

import dev.pitwall.analytics.race.param.IniFile;
import dev.pitwall.analytics.race.param.ParamNode;
import dev.pitwall.analytics.race.param.RaceParamException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and validates {@code pars_mcs.ini}. Stateless; thread-safe. */
public final class McsFileReader {
  private McsFileReader() {}

  public static McsParams read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RaceParamException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  public static McsParams parse(String sourceName, List<String> lines) {
    IniFile ini = IniFile.parse(sourceName, lines);
    Map<Integer, Map<String, Double>> accident = new LinkedHashMap<>();
    Map<Integer, Map<String, Double>> failure = new LinkedHashMap<>();
    for (int season = 2010; season <= 2030; season++) {
      String section = "SEASON_" + season;
      if (ini.hasSection(section)) {
        accident.put(season, probabilities(ini.json(section, "p_accident")));
        failure.put(season, probabilities(ini.json(section, "p_failure")));
      }
    }
    ParamNode fcy = ini.json("ALL_SEASONS", "p_fcy_phases");
    Map<String, double[]> fisk = new LinkedHashMap<>();
    ParamNode fiskNode = ini.json("ALL_SEASONS", "t_pit_var_fisk_pars");
    for (String team : fiskNode.keys()) {
      double[] f = numbers(fiskNode.get(team), 3);
      if (f[0] <= 1.0 || f[2] <= 0) {
        throw fiskNode.get(team).fail("fisk shape c must be > 1 (finite mean) and scale > 0");
      }
      fisk.put(team, f);
    }
    Map<String, Double> sigma = new LinkedHashMap<>();
    ParamNode sigmaNode = ini.json("ALL_SEASONS", "t_lap_var_sigma");
    for (String name : sigmaNode.keys()) {
      sigma.put(name, sigmaNode.get(name).asDouble(0, true, 2, false));
    }
    Map<String, double[]> start = new LinkedHashMap<>();
    ParamNode startNode = ini.json("ALL_SEASONS", "t_startperf");
    for (String name : startNode.keys()) {
      ParamNode s = startNode.get(name);
      start.put(
          name,
          new double[] {
            s.get("mean").asDouble(-5, true, 5, true), s.get("sigma").asDouble(0, true, 5, true)
          });
    }
    return new McsParams(
        sourceName,
        accident,
        failure,
        distribution(fcy.get("p_sc_quant")),
        distribution(fcy.get("p_sc_start")),
        distribution(fcy.get("p_sc_duration")),
        fcy.get("p_vsc_aft_failure").asDouble(0, true, 1, true),
        distribution(fcy.get("p_vsc_duration")),
        fisk,
        sigma,
        start);
  }

  private static Map<String, Double> probabilities(ParamNode node) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (String key : node.keys()) {
      map.put(key, node.get(key).asDouble(0, true, 0.5, true));
    }
    return map;
  }

  private static double[] numbers(ParamNode list, int expected) {
    List<ParamNode> e = list.elements();
    if (e.size() != expected) {
      throw list.fail("expected " + expected + " numbers, got " + e.size());
    }
    double[] out = new double[expected];
    for (int i = 0; i < expected; i++) {
      out[i] = e.get(i).asDouble();
    }
    return out;
  }

  private static double[] distribution(ParamNode list) {
    List<ParamNode> e = list.elements();
    double[] p = new double[e.size()];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = e.get(i).asDouble(0, true, 1, true);
      sum += p[i];
    }
    if (p.length == 0 || sum <= 0) {
      throw list.fail("probabilities must not all be zero");
    }
    return p;
  }
}
