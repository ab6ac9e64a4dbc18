package dev.pitwall.hardware.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadFileImportTest {
  @TempDir Path dir;
  final SessionFileReader reader = new SessionFileReader();

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void readsGenericCsvWithUnitsAndGapsAsSeparateChannelRates() throws IOException {
    Path f =
        write(
            "g.csv",
            "time_s,speed[km/h],rpm[rpm],car2/speed[km/h]\n"
                + "0.00,100.5,5000,90\n0.01,101,,\n0.02,102,5100,91\n");
    ImportedSession s = reader.read(f, null);
    assertEquals(FileFormat.CSV, s.format());
    assertEquals(3, s.channels().get(0).size());
    assertEquals(2, s.channels().get(1).size());
    assertEquals("rpm", s.channels().get(1).channel().unit());
    assertEquals(2, s.channels().get(2).channel().car());
    assertEquals(10_000_000L, s.channels().get(0).timeNanos(1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "time_s,speed[km/h]\\n0.0,1\\n0.1,abc\\n| line 3: speed[km/h] 'abc' is not a number",
        "time_s,speed[km/h]\\n0.0,1\\n0.1,2,3\\n| line 3: 3 cells, the header has 2",
        "time_s,speed[km/h]\\n0.0,1\\nx,2\\n| line 3: time 'x' is not a number of seconds",
        "time_s,speed[km/h]\\n| no data rows",
        "hello,world\\n1,2\\n| line 1: not a known format",
      })
  void rejectsBrokenCsvNamingTheLine(String text, String expected) throws IOException {
    Path f = write("bad.csv", text.replace("\\n", "\n"));
    ImportException e = assertThrows(ImportException.class, () -> reader.read(f, null));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }

  @Test
  void rejectsGrCupRowWithBadTimestamp() throws IOException {
    Path f =
        write(
            "R1_x_telemetry_data.csv",
            "lap,meta_time,telemetry_name,telemetry_value,timestamp,vehicle_id\n"
                + "2,2025-09-06T18:40:41.926Z,speed,100,2025-09-05T00:28:20.593Z,GR86\n"
                + "2,2025-09-06T18:40:41.926Z,speed,100,yesterday,GR86\n");
    ImportException e = assertThrows(ImportException.class, () -> reader.read(f, null));
    assertTrue(e.getMessage().contains("line 3: timestamp 'yesterday'"), e.getMessage());
  }

  @Test
  void rejectsBinaryFileGivenAsCsvWithItsLine() throws IOException {
    byte[] bytes = "time_s,a[-]\n0,1\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bytes.length + 4];
    System.arraycopy(bytes, 0, all, 0, bytes.length);
    all[bytes.length] = (byte) 0xff;
    all[bytes.length + 1] = (byte) 0xfe;
    Path f = Files.write(dir.resolve("bin.csv"), all);
    ImportException e = assertThrows(ImportException.class, () -> reader.read(f, FileFormat.CSV));
    assertTrue(e.getMessage().contains("line 3: not UTF-8"), e.getMessage());
  }

  @Test
  void rejectsRaceChronoTruncatedInTheHeader() throws IOException {
    Path f =
        write(
            "rc.csv",
            "This file is created using RaceChrono\nFormat,3\n\ntimestamp,speed\nunix time,m/s\n");
    ImportException e = assertThrows(ImportException.class, () -> reader.read(f, null));
    assertTrue(
        e.getMessage().contains("line 5: file ends inside the three header rows"), e.getMessage());
  }
}
