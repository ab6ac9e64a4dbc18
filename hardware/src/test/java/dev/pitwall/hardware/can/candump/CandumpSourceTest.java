package dev.pitwall.hardware.can.candump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.hardware.can.CanTestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandumpSourceTest {

  static void awaitState(CandumpSource source, SourceState state, long timeoutMs) throws Exception {
    long end = System.currentTimeMillis() + timeoutMs;
    while (source.state() != state && System.currentTimeMillis() < end) {
      Thread.sleep(10);
    }
    assertEquals(state, source.state());
  }

  @Test
  void replaysTheRav4LogAsFastAsPossibleAndCountsUnknownIds() throws Exception {
    String uri =
        "candump:" + CanTestData.rav4Log() + "?dbc=" + CanTestData.rav4Dbc() + "&speed=max";
    ConcurrentLinkedQueue<SampleBlock> blocks = new ConcurrentLinkedQueue<>();
    try (CandumpSource source = CandumpSource.fromUri(uri)) {
      source.start(blocks::add);
      awaitState(source, SourceState.DISCONNECTED, 20_000);
      SourceHealth h = source.health();
      System.out.println("candump replay health: " + h);
      assertEquals(56_323, h.frames());
      assertEquals(48_961, h.unknownIds(), "frames whose id the RAV4 DBC does not define");
      assertEquals(0, h.invalidFrames(), "no bad lines and no checksum failures");
      long published = blocks.stream().mapToLong(SampleBlock::size).sum();
      assertEquals(h.samples(), published);
      double maxSpeed =
          blocks.stream()
              .filter(b -> b.channel().name().equals("SPEED.SPEED"))
              .flatMapToDouble(b -> java.util.Arrays.stream(b.values()))
              .max()
              .orElseThrow();
      assertEquals(58.49, maxSpeed, 0.01);
    }
  }

  @Test
  void countsBadLinesWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("bad.log");
    Files.write(
        log,
        List.of(
            "(1.000000) can0 0B4#000000006000001C",
            "(1.010000) can0 0B4#0000000060000",
            "garbage",
            "(1.020000) can0 0B4#000000006000001D",
            "(1.030000) can0 7FF#00"));
    String uri = "candump:" + log + "?dbc=" + CanTestData.rav4Dbc() + "&speed=10";
    try (CandumpSource source = CandumpSource.fromUri(uri)) {
      source.start(b -> {});
      awaitState(source, SourceState.DISCONNECTED, 5_000);
      SourceHealth h = source.health();
      assertEquals(3, h.frames());
      assertEquals(3, h.invalidFrames(), "two bad lines and one checksum failure");
      assertEquals(1, h.unknownIds());
      assertTrue(h.lastError().message().contains("bad.log:4"), h.lastError().message());
    }
  }

  @Test
  void rejectsAMissingLogAndABadSpeedBeforeStarting(@TempDir Path dir) {
    String dbc = CanTestData.rav4Dbc().toString();
    assertThrows(
        java.nio.file.NoSuchFileException.class,
        () -> CandumpSource.fromUri("candump:" + dir.resolve("none.log") + "?dbc=" + dbc));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CandumpSource.fromUri("candump:" + CanTestData.rav4Log() + "?dbc=" + dbc + "&speed=0"));
    assertThrows(
        IllegalArgumentException.class,
        () -> CandumpSource.fromUri("candump:" + CanTestData.rav4Log()));
  }

  @Test
  void pacesAtTheRecordedSpeed(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("paced.log");
    Files.write(
        log,
        List.of("(10.000000) can0 0B4#000000006000001C", "(10.300000) can0 0B4#000000006000001C"));
    String uri = "candump:" + log + "?dbc=" + CanTestData.rav4Dbc() + "&speed=1";
    long start = System.nanoTime();
    try (CandumpSource source = CandumpSource.fromUri(uri)) {
      source.start(b -> {});
      awaitState(source, SourceState.DISCONNECTED, 5_000);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds >= 0.29, "replay took " + seconds + " s for 0.3 s of log");
  }

  @Test
  void playsTenTimesFasterWithSpeedTen(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("fast.log");
    Files.write(
        log,
        List.of("(10.000000) can0 0B4#000000006000001C", "(12.000000) can0 0B4#000000006000001C"));
    String uri = "candump:" + log + "?dbc=" + CanTestData.rav4Dbc() + "&speed=10";
    long start = System.nanoTime();
    try (CandumpSource source = CandumpSource.fromUri(uri)) {
      source.start(b -> {});
      awaitState(source, SourceState.DISCONNECTED, 5_000);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds >= 0.19 && seconds < 1.5, "2 s of log at 10x took " + seconds + " s");
  }
}
