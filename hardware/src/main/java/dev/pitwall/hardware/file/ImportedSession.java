package dev.pitwall.hardware.file;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.List;

/**
 * Everything read from one file, ready to be stored: one time-sorted block per channel (times in
 * nanoseconds since {@code info.start()}) and the laps the file itself states (empty when the file
 * has no lap timing; the caller may then detect laps).
 *
 * @param format the format the file was read as
 * @param rows data rows read (lines for text formats)
 * @param notes what the import skipped and why, with counts (e.g. frames of CAN ids the DBC does
 *     not know), one line each; empty when everything was imported
 * @param annotations the engineers' annotations and gaps a PitWall export carries (empty otherwise)
 */
public record ImportedSession(
    SessionInfo info,
    List<SampleBlock> channels,
    List<Lap> laps,
    FileFormat format,
    long rows,
    List<String> notes,
    List<Annotation> annotations) {

  public ImportedSession {
    channels = List.copyOf(channels);
    laps = List.copyOf(laps);
    notes = List.copyOf(notes);
    annotations = List.copyOf(annotations);
  }

  /** A session without annotations (every format but PitWall's own exports). */
  public ImportedSession(
      SessionInfo info,
      List<SampleBlock> channels,
      List<Lap> laps,
      FileFormat format,
      long rows,
      List<String> notes) {
    this(info, channels, laps, format, rows, notes, List.of());
  }

  /** A session of which nothing was skipped. */
  public ImportedSession(
      SessionInfo info, List<SampleBlock> channels, List<Lap> laps, FileFormat format, long rows) {
    this(info, channels, laps, format, rows, List.of(), List.of());
  }

  public long samples() {
    return channels.stream().mapToLong(SampleBlock::size).sum();
  }
}
