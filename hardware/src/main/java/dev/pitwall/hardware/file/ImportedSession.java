package dev.pitwall.hardware.file;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.List;

/**
 * Everything read from one file, ready to be stored: one time-sorted block per channel (times in
 * nanoseconds since {@code info.start()}) and the laps the file itself states (empty when the file
 * has no lap timing; the caller may then detect laps).
 *
 * @param format the format the file was read as
 * @param rows data rows read (lines for text formats)
 */
public record ImportedSession(
    SessionInfo info, List<SampleBlock> channels, List<Lap> laps, FileFormat format, long rows) {

  public ImportedSession {
    channels = List.copyOf(channels);
    laps = List.copyOf(laps);
  }

  public long samples() {
    return channels.stream().mapToLong(SampleBlock::size).sum();
  }
}
