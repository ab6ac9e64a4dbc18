package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeleteCommandTest {
  @TempDir Path dir;
  Path db;
  long first;
  long second;
  final List<String> asked = new ArrayList<>();

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeEach
  void twoSessions() {
    db = dir.resolve("pw");
    try (H2SessionStore store = H2SessionStore.open(db)) {
      first = record(store);
      second = record(store);
    }
  }

  @AfterEach
  void restoreTerminal() {
    DeleteCommand.prompter = DeleteCommand.Prompter.console();
  }

  private static long record(H2SessionStore store) {
    SessionInfo info = new SessionInfo("GR86", "Ana", "cota", "sim", Instant.EPOCH);
    try (SessionRecording rec = store.startSession(info)) {
      rec.append(SampleBlock.single(new Channel("speed", "km/h", 100), 0, 100));
      return rec.sessionId();
    }
  }

  private List<Long> remaining() {
    try (H2SessionStore store = H2SessionStore.open(db)) {
      return store.sessions().stream().map(s -> s.id()).sorted().toList();
    }
  }

  private void answer(String reply) {
    DeleteCommand.prompter =
        q -> {
          asked.add(q);
          return Optional.ofNullable(reply);
        };
  }

  @Test
  void withYesDeletesWithoutAsking() {
    answer(null);
    CliRun r = run("delete", String.valueOf(first), "--db", db.toString(), "--yes");
    assertEquals(0, r.code(), r.err());
    assertEquals("session " + first + " deleted (1 samples)", r.out().strip());
    assertEquals(List.of(second), remaining());
    assertEquals(List.of(), asked);
  }

  @Test
  void onATerminalAsksAndDeletesOnYes() {
    answer("y");
    CliRun r = run("delete", String.valueOf(second), "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(first), remaining());
    assertTrue(
        asked
            .get(0)
            .startsWith(
                "Delete session "
                    + second
                    + " (1970-01-01T00:00:00Z, cota, GR86, Ana, 1 samples, 0 laps)? [y/N]"),
        asked.get(0));
  }

  @Test
  void onATerminalAnythingButYesKeepsTheSession() {
    answer("");
    CliRun r = run("delete", String.valueOf(second), "--db", db.toString());
    assertEquals(1, r.code());
    assertEquals("session " + second + " kept", r.out().strip());
    assertEquals(List.of(first, second), remaining());
  }

  @Test
  void withoutATerminalRefusesWithoutYes() {
    answer(null);
    CliRun r = run("delete", String.valueOf(first), "--db", db.toString());
    assertEquals(1, r.code());
    assertEquals(
        "pitwall: not deleting session "
            + first
            + ": no terminal to confirm on; add --yes to delete",
        r.err().strip());
    assertEquals(List.of(first, second), remaining());
  }

  @Test
  void unknownSessionIsAOneLineFailure() {
    CliRun r = run("delete", "99", "--db", db.toString(), "--yes");
    assertEquals(1, r.code());
    assertEquals(
        "pitwall: no session 99 in this database (see 'pitwall sessions')", r.err().strip());
  }
}
