package dev.pitwall.app.cli;

import dev.pitwall.app.live.SessionImporter;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.hardware.file.FileFormat;
import dev.pitwall.hardware.file.SessionFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import",
    description =
        "Import a telemetry file as a session: GR Cup CSV (with its lap files beside it), RaceChrono"
            + " CSV v3, a CSV with time_s,name[unit],... columns, PitWall Parquet, or a candump -l"
            + " CAN log decoded with --dbc FILE.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "FILE", description = "The file to import.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "grcup, racechrono, csv, parquet or candump (default: detected from the file).")
  String format;

  @Option(
      names = "--dbc",
      paramLabel = "FILE",
      description = "DBC file that decodes a candump log's frames into channels.")
  Path dbc;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new CliFailure("no file " + file);
    }
    if (dbc != null && !Files.isRegularFile(dbc)) {
      throw new CliFailure("no DBC file " + dbc);
    }
    FileFormat f;
    try {
      f = format == null ? null : FileFormat.fromId(format);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(e.getMessage());
    }
    SessionImporter importer = new SessionImporter(new SessionFileReader());
    try (SessionStore store = root.services().openStore(database.path())) {
      SessionImporter.Result r = importer.importFile(store, file, f, dbc);
      root.out()
          .printf(
              "imported %s as session %d: %d channels, %d samples, %d laps%s%n",
              r.format().id(),
              r.sessionId(),
              r.channels(),
              r.samples(),
              r.laps(),
              r.lapsDetected() ? " (detected)" : "");
      r.notes().forEach(n -> root.out().println("  skipped: " + n));
      root.out().flush();
    }
    return 0;
  }
}
