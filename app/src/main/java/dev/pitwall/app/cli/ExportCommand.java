package dev.pitwall.app.cli;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.storage.export.CsvSessionExporter;
import dev.pitwall.storage.export.ParquetSessionExporter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    description =
        "Export a session as CSV (one column per channel, units in the header) or Apache Parquet"
            + " (every sample, readable by DuckDB/Spark/Trino).")
final class ExportCommand extends SessionCommand {
  @Option(names = "--format", required = true, paramLabel = "F", description = "csv or parquet.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output file.")
  Path out;

  @Option(
      names = "--rate",
      paramLabel = "HZ",
      description = "CSV only: resample to this rate (default: every sample at its own time).")
  Double rateHz;

  @Override
  public Integer call() {
    if (!format.equals("csv") && !format.equals("parquet")) {
      throw new CliFailure("unknown export format '" + format + "' (csv or parquet)");
    }
    if (rateHz != null && (format.equals("parquet") || !(rateHz > 0))) {
      throw new CliFailure("--rate needs --format csv and a rate > 0 Hz");
    }
    try (SessionStore store = openSession()) {
      String what;
      if (format.equals("csv")) {
        long rows =
            new CsvSessionExporter().export(store, sessionId, out, rateHz == null ? 0 : rateHz);
        what = rows + " rows";
      } else {
        what = new ParquetSessionExporter().export(store, sessionId, out) + " samples";
      }
      root.out().printf("exported session %d to %s: %s%n", sessionId, out, what);
      root.out().flush();
    }
    return 0;
  }
}
