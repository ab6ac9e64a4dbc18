package dev.pitwall.hardware.serial;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.telemetry.Channel;
import java.util.regex.Pattern;

/**
 * CSV lines from a data logger: a header naming channels and units ({@code
 * time_s,speed[km/h],rpm[rpm]}), then one line of numbers per sample. A first column called {@code
 * time_s} or {@code time[s]} is the device's time stamp in seconds; otherwise samples get the
 * receive time. A new header line (the device restarted) replaces the old one. Empty fields are
 * missing values. Anything else that does not fit is counted with its line number.
 */
public final class CsvLineDecoder extends ChannelLineDecoder {
  /** A channel name, optionally followed by its unit in brackets: {@code speed[km/h]}. */
  private static final Pattern HEADER_FIELD =
      Pattern.compile("[A-Za-z][A-Za-z0-9_.]*(\\[[^\\],]{1,16}\\])?");

  private final double rateHz;
  private Channel[] columns;
  private String headerLine;
  private long headerLineNumber;
  private long dataLinesSinceHeader;
  private boolean deviceTime;

  public CsvLineDecoder(String sourceName, SourceCounters counters, double rateHz) {
    super(sourceName, counters);
    this.rateHz = rateHz;
  }

  @Override
  void decodeLine(String line, long lineNumber, long t) {
    String s = line.strip();
    if (s.isEmpty()) {
      return;
    }
    String[] fields = s.split(",", -1);
    if (looksLikeHeader(fields)) {
      header(fields, lineNumber);
      return;
    }
    if (columns == null) {
      counters.decodeError(where(lineNumber) + ": data before a header line, skipped");
      return;
    }
    if (fields.length != columns.length + (deviceTime ? 1 : 0)) {
      counters.invalidFrame(
          where(lineNumber)
              + ": "
              + fields.length
              + " fields, header has "
              + (columns.length + (deviceTime ? 1 : 0))
              + " (partial or garbled line)");
      return;
    }
    if (values(fields, lineNumber, t)) {
      dataLinesSinceHeader++;
    }
  }

  private boolean values(String[] fields, long lineNumber, long receiveNanos) {
    double[] parsed = new double[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String f = fields[i].strip();
      try {
        parsed[i] = f.isEmpty() ? Double.NaN : Double.parseDouble(f);
      } catch (NumberFormatException e) {
        counters.decodeError(
            where(lineNumber) + ", column " + (i + 1) + ": '" + f + "' is not a number");
        return false;
      }
    }
    long t = receiveNanos;
    int first = 0;
    if (deviceTime) {
      if (!(Double.isFinite(parsed[0]))) {
        counters.decodeError(where(lineNumber) + ": time stamp missing");
        return false;
      }
      t = Math.round(parsed[0] * 1e9);
      first = 1;
      if (t < out.lastTimeNanos()) {
        out.cut(); // device clock went back (restart): blocks must not run backwards
      }
    }
    for (int i = first; i < parsed.length; i++) {
      if (!Double.isNaN(parsed[i])) {
        out.add(columns[i - first], t, parsed[i]);
      }
    }
    return true;
  }

  private static boolean looksLikeHeader(String[] fields) {
    for (String f : fields) {
      if (!HEADER_FIELD.matcher(f.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A repeated identical header (device restart) is fine. A different one replaces the current
   * header only while that has not yet matched a data line (e.g. a fragment caught when connecting
   * mid-stream); otherwise it is garbage that happens to look like names, and is counted.
   */
  private void header(String[] fields, long lineNumber) {
    String line = String.join(",", fields).strip();
    if (line.equals(headerLine)) {
      return;
    }
    if (columns != null && dataLinesSinceHeader > 0) {
      counters.decodeError(
          where(lineNumber)
              + ": header differs from the one at line "
              + headerLineNumber
              + ", ignored (restart the source to change columns)");
      return;
    }
    headerLine = line;
    headerLineNumber = lineNumber;
    dataLinesSinceHeader = 0;
    String first = fields[0].strip();
    deviceTime = first.equals("time_s") || first.equals("time[s]");
    int offset = deviceTime ? 1 : 0;
    Channel[] parsed = new Channel[fields.length - offset];
    for (int i = offset; i < fields.length; i++) {
      String f = fields[i].strip();
      int open = f.indexOf('[');
      boolean unit = open > 0 && f.endsWith("]");
      String name = unit ? f.substring(0, open).strip() : f;
      parsed[i - offset] =
          new Channel(name, unit ? f.substring(open + 1, f.length() - 1) : "-", rateHz);
    }
    columns = parsed;
  }
}
