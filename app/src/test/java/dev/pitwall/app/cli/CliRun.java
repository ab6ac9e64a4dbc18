package dev.pitwall.app.cli;

import dev.pitwall.app.live.DesktopServices;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One run of the real {@code pitwall} command line, with what it printed and its exit code. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    return withEnv(name -> null, args);
  }

  /** With {@code env} as the process environment (e.g. PITWALL_DB_PASSWORD). */
  static CliRun withEnv(UnaryOperator<String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PitwallCommand.commandLine(new DesktopServices(env));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * {@code pitwall record} of the simulated GR86 at {@code track} for {@code duration} of session
   * time (e.g. "320s"), as fast as the machine goes ({@code --speed max}), into {@code db}.
   *
   * @param extra further options, e.g. {@code "--seed", "7"}
   */
  static CliRun recordSim(Path db, String track, String duration, String... extra) {
    return of(recordSimArgs(db, track, duration, extra));
  }

  /**
   * {@code pitwall import} of a real recording, {@code relative} to the shared data folder, into
   * {@code db}; the calling test is skipped (assumption) when the data is absent.
   */
  static CliRun importData(Path db, String relative) {
    return of("import", ImportCommandTest.data(relative).toString(), "--db", db.toString());
  }

  /** The arguments of {@link #recordSim}, for a run with its own environment ({@link #withEnv}). */
  static String[] recordSimArgs(Path db, String track, String duration, String... extra) {
    String[] base = {
      "record", "--source", "sim", "--track", track, "--duration", duration, "--speed", "max"
    };
    return Stream.of(base, extra, new String[] {"--db", db.toString()})
        .flatMap(Stream::of)
        .toArray(String[]::new);
  }
}
