package dev.pitwall.app.cli;

import dev.pitwall.app.live.DesktopServices;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the real {@code pitwall} command line, with what it printed and its exit code. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    return withEnv(name -> null, args);
  }

  /** With {@code env} as the process environment (e.g. PITWALL_DB_PASSWORD). */
  static CliRun withEnv(java.util.function.UnaryOperator<String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PitwallCommand.commandLine(new DesktopServices(env));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
