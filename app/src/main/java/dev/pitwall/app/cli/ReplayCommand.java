package dev.pitwall.app.cli;

import dev.pitwall.core.session.SessionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "replay",
    description =
        "Replay a stored session in the window (live screen, lap analysis and coaching):"
            + " play, pause, step, seek, 0.25x-64x or max.")
final class ReplayCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "SESSION", description = "Session id (see 'pitwall sessions').")
  long sessionId;

  @Option(
      names = "--speed",
      paramLabel = "X",
      converter = SpeedConverter.class,
      description = "Real-time factor 0.25 to 64, or 'max' (default: 1).")
  double speed = 1.0;

  @Option(names = "--screenshot", paramLabel = "FILE", description = "Save a PNG before closing.")
  Path screenshot;

  @Option(
      names = "--exit-after",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Close the window by itself after this wall-clock time (e.g. 20s).")
  Duration exitAfter;

  @Override
  public Integer call() {
    if (Double.isFinite(speed) && (speed < 0.25 || speed > 64)) {
      throw new CliFailure("replay speed " + speed + " is out of range: give 0.25 to 64, or 'max'");
    }
    try (SessionStore store = root.services().openStore(database.path())) {
      root.requireSession(store, sessionId);
    }
    return root.services()
        .openReplay(
            sessionId,
            database.path(),
            speed,
            screenshot,
            exitAfter,
            root.out(),
            root.spec.commandLine().getErr());
  }
}
