package dev.pitwall.analytics.testdata;

import dev.pitwall.analytics.distance.ChannelSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only reader of the Toyota GR Cup long-format telemetry CSV ({@code
 * telemetry_name,telemetry_value} per row, ECU {@code timestamp} in ISO-8601). Rows are not in time
 * order in the sample, so each channel is sorted. Times are nanoseconds since the earliest ECU
 * timestamp of the file; {@link #originEpochNanos()} gives that origin.
 */
public final class GrCupLongCsv {
  private final Map<String, ChannelSeries> channels;
  private final long originEpochNanos;

  private GrCupLongCsv(Map<String, ChannelSeries> channels, long originEpochNanos) {
    this.channels = channels;
    this.originEpochNanos = originEpochNanos;
  }

  private record Row(long epochNanos, double value) {}

  public static GrCupLongCsv read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    int name = header.indexOf("telemetry_name");
    int value = header.indexOf("telemetry_value");
    int time = header.indexOf("timestamp");
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    long origin = Long.MAX_VALUE;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Instant t = Instant.parse(cells[time]);
      long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
      origin = Math.min(origin, nanos);
      rows.computeIfAbsent(cells[name], k -> new ArrayList<>())
          .add(
              new Row(
                  nanos, cells[value].isEmpty() ? Double.NaN : Double.parseDouble(cells[value])));
    }
    Map<String, ChannelSeries> channels = new LinkedHashMap<>();
    for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
      List<Row> list = e.getValue();
      list.sort(Comparator.comparingLong(Row::epochNanos));
      long[] t = new long[list.size()];
      double[] v = new double[list.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = list.get(i).epochNanos() - origin;
        v[i] = list.get(i).value();
      }
      channels.put(e.getKey(), new ChannelSeries(e.getKey(), t, v));
    }
    return new GrCupLongCsv(channels, origin);
  }

  public ChannelSeries channel(String name) {
    ChannelSeries s = channels.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no channel " + name + " in " + channels.keySet());
    }
    return s;
  }

  public long originEpochNanos() {
    return originEpochNanos;
  }
}
