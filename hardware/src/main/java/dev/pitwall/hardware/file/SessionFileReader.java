package dev.pitwall.hardware.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Entry point of file import: detects the format from the first bytes (unless told) and parses the
 * whole file into an {@link ImportedSession}. Pure parsing, nothing is stored; a file that is
 * corrupt or foreign fails as a whole with an {@link ImportException} naming the line or byte
 * offset, so there is never a partial import. Stateless and thread-safe.
 */
public final class SessionFileReader {
  private static final int SNIFF_BYTES = 4096;
  // "(1628870267.291576) can0 0A4#40..." as candump -l writes it
  private static final Pattern CANDUMP_LINE =
      Pattern.compile("\\(\\d+\\.\\d+\\) \\S+ [0-9A-Fa-f]{3,8}#");

  /**
   * @param format the format, or null to detect it
   * @throws ImportException when the file cannot be read as that format
   */
  public ImportedSession read(Path file, FileFormat format) {
    return read(file, format, null);
  }

  /**
   * As {@link #read(Path, FileFormat)}, with the DBC file that decodes a {@link FileFormat#CANDUMP}
   * log (ignored by the other formats).
   *
   * @param dbc the DBC file, or null
   * @throws ImportException also when a candump log comes without a DBC or the DBC is bad
   */
  public ImportedSession read(Path file, FileFormat format, Path dbc) {
    FileFormat f = format != null ? format : detect(file);
    return switch (f) {
      case GRCUP -> GrCupCsvReader.read(file);
      case RACECHRONO -> RaceChronoReader.read(file);
      case CSV -> GenericCsvReader.read(file);
      case PARQUET -> ParquetSessionReader.read(file);
      case CANDUMP -> CandumpLogReader.read(file, dbc);
    };
  }

  /**
   * The format of the file judged from its first bytes.
   *
   * @throws ImportException when it is none of the known ones
   */
  public FileFormat detect(Path file) {
    byte[] head = head(file);
    if (head.length >= 4 && new String(head, 0, 4, StandardCharsets.ISO_8859_1).equals("PAR1")) {
      return FileFormat.PARQUET;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    String first = text.lines().findFirst().orElse("").replace("\uFEFF", "");
    if (text.contains("RaceChrono") || text.lines().anyMatch(l -> l.equals("Format,3"))) {
      return FileFormat.RACECHRONO;
    }
    if (first.contains("telemetry_name") && first.contains("telemetry_value")) {
      return FileFormat.GRCUP;
    }
    String firstData =
        text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElse("");
    if (CANDUMP_LINE.matcher(firstData).lookingAt()) {
      return FileFormat.CANDUMP;
    }
    int comma = firstData.indexOf(',');
    if (comma > 0 && GenericCsvReader.isTimeColumn(firstData.substring(0, comma))) {
      return FileFormat.CSV;
    }
    if (head.length == 0) {
      throw ImportException.ofFile(file, "empty file");
    }
    throw ImportException.atLine(
        file,
        1,
        "not a known format (GR Cup telemetry CSV, RaceChrono CSV v3, CSV starting with time_s, "
            + "PitWall Parquet, candump -l log); starts with '"
            + printable(first)
            + "'");
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = in.readNBytes(SNIFF_BYTES);
      return Arrays.copyOf(buf, buf.length);
    } catch (IOException e) {
      throw ImportException.ofFile(file, "cannot read: " + e.getMessage());
    }
  }

  private static String printable(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
