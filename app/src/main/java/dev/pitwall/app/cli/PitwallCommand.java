package dev.pitwall.app.cli;

import dev.pitwall.app.live.AppServices;
import dev.pitwall.core.session.SessionStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pitwall}: without a subcommand opens the live window; the subcommands work headless. Exit
 * codes: 0 success, 2 usage error, 1 failure — always with a one-line reason.
 */
@Command(
    name = "pitwall",
    mixinStandardHelpOptions = true,
    versionProvider = PitwallCommand.Version.class,
    description = "PitWall: live telemetry, recording and analysis for race engineers.",
    subcommands = {
      RecordCommand.class,
      SessionsCommand.class,
      LapsCommand.class,
      ChannelsCommand.class,
      DeleteCommand.class,
      RaceSimCommand.class,
      StintForecastCommand.class,
      TyreModelCommand.class,
      ReplayCommand.class,
      CoachCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ArchiveCommand.class,
      SourcesCommand.class,
      DbCommand.class,
      NoteCommand.class,
      EventsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PitwallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOption database;
  @Mixin SourceOptions source;

  @Option(
      names = "--screenshot",
      paramLabel = "FILE",
      description =
          "Save a PNG of the window after --exit-after (or 5 s), e.g. on a headless host.")
  Path screenshot;

  @Option(
      names = "--exit-after",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Close the window by itself after this wall-clock time (e.g. 20s).")
  Duration exitAfter;

  private final AppServices services;

  public PitwallCommand(AppServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    return services.openWindow(
        source.requests(),
        database.path(),
        screenshot,
        exitAfter,
        out(),
        spec.commandLine().getErr());
  }

  AppServices services() {
    return services;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  void requireSession(SessionStore store, long id) {
    if (store.session(id).isEmpty()) {
      throw new CliFailure("no session " + id + " in this database (see 'pitwall sessions')");
    }
  }

  /** Builds the command line with PitWall's one-line error reporting and exit codes. */
  public static CommandLine commandLine(AppServices services) {
    CommandLine cl = new CommandLine(new PitwallCommand(services));
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("pitwall: " + oneLine(ex));
          commandLine.getErr().flush();
          return 1;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println(
              "pitwall: "
                  + oneLine(ex)
                  + " (try '"
                  + ex.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help')");
          err.flush();
          return 2;
        });
    return cl;
  }

  static String oneLine(Throwable ex) {
    String msg = ex.getMessage();
    if (msg == null || msg.isBlank()) {
      msg = ex.getClass().getSimpleName();
    }
    return msg.lines().findFirst().orElse(msg).strip();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PitwallCommand.class.getPackage().getImplementationVersion();
      return new String[] {"PitWall " + (v == null ? "development build" : v)};
    }
  }
}
