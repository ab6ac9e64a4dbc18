package dev.pitwall.app.cli;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.SessionStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(
    name = "channels",
    description = "Print each channel of a session with unit, rate, sample count, min, max, mean.")
final class ChannelsCommand extends SessionReportCommand {
  @Override
  void print(SessionStore store, PrintWriter out) {
    print(store.channels(sessionId), out);
  }

  private void print(List<ChannelSummary> channels, PrintWriter out) {
    if (json) {
      List<Object> rows = new ArrayList<>();
      for (ChannelSummary c : channels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", c.channel().key());
        m.put("car", c.channel().car());
        m.put("name", c.channel().name());
        m.put("unit", c.channel().unit());
        m.put("rateHz", c.channel().nominalRateHz());
        m.put("samples", c.samples());
        m.put("min", c.min());
        m.put("max", c.max());
        m.put("mean", c.mean());
        rows.add(m);
      }
      out.println(Json.write(rows));
      out.flush();
      return;
    }
    TextTable table = new TextTable("CHANNEL", "UNIT", "RATE", "SAMPLES", "MIN", "MAX", "MEAN");
    for (ChannelSummary c : channels) {
      table.row(
          c.channel().key(),
          c.channel().unit(),
          num(c.channel().nominalRateHz()) + " Hz",
          c.samples(),
          num(c.min()),
          num(c.max()),
          num(c.mean()));
    }
    table.print(out);
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "-";
  }
}
