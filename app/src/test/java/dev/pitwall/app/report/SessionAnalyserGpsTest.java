package dev.pitwall.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.lapdetect.DetectedLap;
import dev.pitwall.app.live.SessionImporter;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.hardware.file.FileFormat;
import dev.pitwall.hardware.file.SessionFileReader;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sessions without lapDistance: the real imported RaceChrono laps at Shanghai Tianma timed on a GPS
 * line (the logger's, a user's, or none known), beacon laps without GPS, and the message when no
 * lap method remains.
 */
class SessionAnalyserGpsTest {
  /** Centre of Tianma's line and heading over it (from the files' line-crossing rows). */
  static final StartLine TIANMA = StartLine.userDefined(31.0789284, 121.1151276, 291.0);

  static Path data(String relative) {
    Path p = Path.of(System.getProperty("pitwall.data", "../shared/data")).resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(p), "real data not present: " + p);
    return p;
  }

  private static long importFile(SessionStore store, String file) {
    Path f = data("gps/racechrono_tianma/" + file);
    return new SessionImporter(new SessionFileReader())
        .importFile(store, f, FileFormat.fromId("racechrono"))
        .sessionId();
  }

  /** A copy of a session keeping only the channels named (what a plain GPS logger records). */
  private static long copyOnly(SessionStore store, long id, Set<String> keep) {
    try (SessionRecording rec =
        store.startSession(new SessionInfo("car", "driver", "Tianma", "test", Instant.now()))) {
      for (ChannelSummary c : store.channels(id)) {
        Channel ch = c.channel();
        if (keep.contains(ch.name())) {
          rec.append(store.read(id, ch, 0, Long.MAX_VALUE));
        }
      }
      return rec.sessionId();
    }
  }

  private static List<DetectedLap> valid(SessionAnalysis a) {
    return a.laps().stream().filter(DetectedLap::valid).toList();
  }

  /** The two real Tianma RaceChrono laps and their lap times, s, as the logger timed them. */
  private static final String LAP9 = "session_20251231_111318_tianma_lap9_v3.csv, 76.329";

  private static final String LAP13 = "session_20251231_111959_tianma_lap13_v3.csv, 75.934";

  @ParameterizedTest
  @CsvSource({LAP9, LAP13})
  void importedRaceChronoIsTimedOnTheLoggersGpsLine(String file, double lapS) {
    try (SessionStore store = H2SessionStore.inMemory()) {
      long id = importFile(store, file);
      SessionAnalysis a = SessionAnalyser.withDefaults().analyse(store, id);
      assertEquals(1, valid(a).size(), a.laps()::toString);
      assertEquals(lapS, valid(a).get(0).lapTimeS(), 0.02);
      assertTrue(a.notes().get(0).contains("lap counter first stepped"), a.notes()::toString);
      assertTrue(a.channelNames().contains("posX"), "GPS track becomes the map's x/y");
    }
  }

  @ParameterizedTest
  @CsvSource({LAP9, LAP13})
  void plainGpsWithoutALapCounterIsTimedOnTheUsersLine(String file, double lapS) {
    try (SessionStore store = H2SessionStore.inMemory()) {
      long id = copyOnly(store, importFile(store, file), Set.of("latitude", "longitude", "speed"));
      SessionAnalysis a = SessionAnalyser.withDefaults().withStartLine(TIANMA).analyse(store, id);
      assertEquals(1, valid(a).size(), a.laps()::toString);
      assertEquals(lapS, valid(a).get(0).lapTimeS(), 0.02);
      assertTrue(a.notes().get(0).contains("defined by the user"), a.notes()::toString);

      SessionAnalysis guessed = SessionAnalyser.withDefaults().analyse(store, id);
      assertTrue(guessed.notes().get(0).contains("first drove faster"), guessed.notes()::toString);
      assertTrue(
          guessed.laps().stream().allMatch(l -> !l.valid() || Math.abs(l.lapTimeS() - lapS) < 3),
          "a lap from any line of the same circuit takes about as long: " + guessed.laps());
    }
  }

  @ParameterizedTest
  @CsvSource({LAP9})
  void withoutPositionTheLapCounterStillTimesLaps(String file, double lapS) {
    try (SessionStore store = H2SessionStore.inMemory()) {
      long id = copyOnly(store, importFile(store, file), Set.of("lapCount", "speed"));
      SessionAnalysis a = SessionAnalyser.withDefaults().analyse(store, id);
      assertEquals(1, valid(a).size(), a.laps()::toString);
      assertEquals(lapS, valid(a).get(0).lapTimeS(), 0.05);
      assertTrue(a.notes().stream().anyMatch(n -> n.contains("lapCount beacon")), a::toString);
      assertTrue(a.notes().stream().anyMatch(n -> n.contains("no position channel")));
    }
  }

  @ParameterizedTest
  @CsvSource({"session_20251231_111318_tianma_lap9_v3.csv"})
  void withNeitherPositionNorBeaconTheMessageSaysWhichMethodsRemain(String file) {
    try (SessionStore store = H2SessionStore.inMemory()) {
      long id = copyOnly(store, importFile(store, file), Set.of("speed"));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> SessionAnalyser.withDefaults().analyse(store, id));
      assertTrue(e.getMessage().contains("lap-distance channel reset or a beacon"), e::getMessage);
    }
  }
}
