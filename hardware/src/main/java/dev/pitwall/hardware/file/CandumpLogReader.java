package dev.pitwall.hardware.file;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanFrame;
import dev.pitwall.hardware.can.ChecksumScheme;
import dev.pitwall.hardware.can.DecodeStatus;
import dev.pitwall.hardware.can.DecodedValueSink;
import dev.pitwall.hardware.can.candump.CandumpFormatException;
import dev.pitwall.hardware.can.candump.CandumpLine;
import dev.pitwall.hardware.can.dbc.DbcParseException;
import dev.pitwall.hardware.can.dbc.DbcParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Reads a {@code candump -l} log through a DBC file into one block per decoded signal, with the
 * same parser and decoder as the live {@code candump:} source (checksums verified as the DBC's
 * vendor needs). Times are nanoseconds since the first frame, which is the session start; a frame
 * older than its channel's last sample is clamped to it, as live.
 *
 * <p>Bad input: frames of ids the DBC does not know, checksum mismatches, short payloads, error
 * frames and unparseable lines are counted and reported in {@link ImportedSession#notes()} (the
 * first bad line with its position), so a real log with a truncated last line still imports. A file
 * whose first line is not candump, or of which more than 1 % of lines do not parse, or that decodes
 * to no sample at all, fails as a whole with an {@link ImportException} naming the line.
 */
final class CandumpLogReader {
  private static final double MAX_BAD_LINE_SHARE = 0.01;

  private CandumpLogReader() {}

  static ImportedSession read(Path log, Path dbc) {
    CanDecoder decoder = decoder(log, dbc);
    Columns columns = new Columns(decoder.channels());
    Counts counts = new Counts();
    long firstNanos = Long.MIN_VALUE;
    try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
      String line;
      long lineNumber = 0;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        CanFrame frame;
        try {
          frame = CandumpLine.parse(line);
        } catch (CandumpFormatException e) {
          counts.badLine(log, lineNumber, e);
          continue;
        }
        if (firstNanos == Long.MIN_VALUE) {
          firstNanos = frame.timeNanos();
        }
        counts.count(frame, decoder.decode(frame, columns.at(firstNanos)));
      }
      counts.lines = lineNumber;
    } catch (IOException e) {
      throw ImportException.ofFile(log, "cannot read: " + e.getMessage());
    }
    counts.check(log);
    List<SampleBlock> blocks = columns.blocks();
    if (blocks.isEmpty()) {
      throw ImportException.ofFile(
          log, "no frame decodes with " + dbc.getFileName() + " (" + counts.summary() + ")");
    }
    Instant start = Instant.ofEpochSecond(0, firstNanos);
    String source = "candump:" + log + "?dbc=" + dbc;
    SessionInfo info = new SessionInfo(car(dbc), "", "", source, start);
    return new ImportedSession(
        info, blocks, List.of(), FileFormat.CANDUMP, counts.frames, counts.notes(dbc));
  }

  private static CanDecoder decoder(Path log, Path dbc) {
    if (dbc == null) {
      throw ImportException.ofFile(log, "a candump log needs a DBC file to decode it (--dbc FILE)");
    }
    try {
      return new CanDecoder(
          DbcParser.parse(dbc), ChecksumScheme.forDbcName(dbc.getFileName().toString()));
    } catch (DbcParseException e) {
      throw ImportException.atLine(dbc, e.line(), e.getMessage());
    } catch (IOException e) {
      throw ImportException.ofFile(dbc, "cannot read the DBC: " + e.getMessage());
    }
  }

  /** The car as the DBC names it: its file name without extension. */
  private static String car(Path dbc) {
    String name = dbc.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** One growing column of times and values per decoder channel. */
  private static final class Columns implements DecodedValueSink {
    private final List<Channel> channels;
    private final long[][] times;
    private final double[][] values;
    private final int[] sizes;
    private long originNanos;

    Columns(List<Channel> channels) {
      this.channels = channels;
      times = new long[channels.size()][];
      values = new double[channels.size()][];
      sizes = new int[channels.size()];
    }

    Columns at(long originNanos) {
      this.originNanos = originNanos;
      return this;
    }

    @Override
    public void value(int channel, long timeNanos, double value) {
      int n = sizes[channel];
      if (times[channel] == null) {
        times[channel] = new long[64];
        values[channel] = new double[64];
      } else if (n == times[channel].length) {
        times[channel] = Arrays.copyOf(times[channel], n * 2);
        values[channel] = Arrays.copyOf(values[channel], n * 2);
      }
      long t = timeNanos - originNanos;
      times[channel][n] = n > 0 ? Math.max(t, times[channel][n - 1]) : t;
      values[channel][n] = value;
      sizes[channel] = n + 1;
    }

    List<SampleBlock> blocks() {
      List<SampleBlock> out = new ArrayList<>();
      for (int c = 0; c < sizes.length; c++) {
        if (sizes[c] > 0) {
          out.add(new SampleBlock(channels.get(c), times[c], values[c], sizes[c]));
        }
      }
      return out;
    }
  }

  /** What was decoded, skipped and why. */
  private static final class Counts {
    long lines;
    long frames;
    long badLines;
    long badChecksums;
    long shortPayloads;
    long errorFrames;
    long unknownFrames;
    final TreeMap<String, Long> unknownIds = new TreeMap<>();
    String firstBadLine;
    String firstBadChecksum;

    void badLine(Path log, long line, CandumpFormatException e) {
      if (frames == 0 && badLines == 0) {
        throw ImportException.atLine(log, line, "not a candump -l log: " + e.getMessage());
      }
      badLines++;
      if (firstBadLine == null) {
        firstBadLine = log.getFileName() + " line " + line + ": " + e.getMessage();
      }
    }

    void count(CanFrame frame, DecodeStatus status) {
      frames++;
      switch (status) {
        case UNKNOWN_ID -> {
          unknownFrames++;
          unknownIds.merge(String.format(Locale.ROOT, "0x%X", frame.id()), 1L, Long::sum);
        }
        case BAD_CHECKSUM -> {
          badChecksums++;
          if (firstBadChecksum == null) {
            firstBadChecksum = frame.toString();
          }
        }
        case SHORT_PAYLOAD -> shortPayloads++;
        case NO_DATA -> errorFrames += frame.error() ? 1 : 0;
        default -> {}
      }
    }

    void check(Path log) {
      if (badLines > MAX_BAD_LINE_SHARE * Math.max(1, lines)) {
        throw ImportException.ofFile(
            log,
            badLines + " of " + lines + " lines are not candump frames; first: " + firstBadLine);
      }
    }

    String summary() {
      return frames + " frames, " + unknownFrames + " of unknown ids";
    }

    List<String> notes(Path dbc) {
      List<String> notes = new ArrayList<>();
      if (unknownFrames > 0) {
        notes.add(
            String.format(
                Locale.ROOT,
                "%d of %d frames skipped: %d CAN ids not in %s (%s)",
                unknownFrames,
                frames,
                unknownIds.size(),
                dbc.getFileName(),
                String.join(", ", unknownIds.keySet().stream().limit(12).toList())
                    + (unknownIds.size() > 12 ? ", ..." : "")));
      }
      if (badChecksums > 0) {
        notes.add(badChecksums + " frames failed their checksum (first: " + firstBadChecksum + ")");
      }
      if (shortPayloads > 0) {
        notes.add(shortPayloads + " frames shorter than their DBC message (signals that fit kept)");
      }
      if (errorFrames > 0) {
        notes.add(errorFrames + " CAN error frames");
      }
      if (badLines > 0) {
        notes.add(badLines + " lines not candump frames, skipped; first: " + firstBadLine);
      }
      return notes;
    }
  }
}
