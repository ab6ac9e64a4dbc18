package dev.pitwall.app.cli;

import dev.pitwall.app.ui.laps.LapTimeFormat;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "laps", description = "Print the lap table of a session: lap, time, sectors.")
final class LapsCommand extends SessionReportCommand {
  @Override
  void print(SessionStore store, PrintWriter out) {
    print(store.laps(sessionId), out);
  }

  private void print(List<Lap> laps, PrintWriter out) {
    double best =
        laps.stream()
            .filter(l -> l.valid() && l.car() == 0)
            .mapToDouble(Lap::lapTimeS)
            .min()
            .orElse(Double.NaN);
    if (json) {
      List<Object> rows = new ArrayList<>();
      for (Lap lap : laps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("car", lap.car());
        m.put("lap", lap.number());
        m.put("timeS", lap.lapTimeS());
        m.put("sectorsS", new ArrayList<Object>(lap.sectorTimesS()));
        m.put("valid", lap.valid());
        m.put("deltaToBestS", lap.car() == 0 ? lap.lapTimeS() - best : null);
        rows.add(m);
      }
      out.println(Json.write(rows));
      out.flush();
      return;
    }
    int sectors = laps.stream().mapToInt(l -> l.sectorTimesS().size()).max().orElse(0);
    List<String> header = new ArrayList<>(List.of("CAR", "LAP", "TIME", "DELTA"));
    for (int i = 1; i <= sectors; i++) {
      header.add("S" + i);
    }
    header.add("VALID");
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (Lap lap : laps) {
      List<Object> row = new ArrayList<>();
      row.add(lap.car());
      row.add(lap.number());
      row.add(LapFormat.lapTime(lap.lapTimeS()));
      row.add(
          lap.car() == 0 && Double.isFinite(best)
              ? LapTimeFormat.delta(lap.lapTimeS() - best)
              : "");
      for (int i = 0; i < sectors; i++) {
        row.add(i < lap.sectorTimesS().size() ? LapFormat.lapTime(lap.sectorTimesS().get(i)) : "-");
      }
      row.add(lap.valid() ? "yes" : "no");
      table.row(row.toArray());
    }
    table.print(out);
  }
}
