package dev.pitwall.app.cli;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.RaceEvents;
import dev.pitwall.analytics.race.engine.RaceResult;
import dev.pitwall.analytics.race.engine.RaceResultCsv;
import dev.pitwall.analytics.race.engine.RaceSimulator;
import dev.pitwall.analytics.race.engine.ResultStatus;
import dev.pitwall.analytics.race.montecarlo.McsFileReader;
import dev.pitwall.analytics.race.montecarlo.MonteCarloRequest;
import dev.pitwall.analytics.race.montecarlo.MonteCarloRunner;
import dev.pitwall.analytics.race.montecarlo.MonteCarloSummary;
import dev.pitwall.analytics.race.montecarlo.StochasticRace;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceFileReader;
import dev.pitwall.analytics.race.param.RaceParamException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code race-sim FILE.ini}: replays a TUM race parameter file with the lap-discrete engine, or
 * with {@code --mc N} runs Monte Carlo races with the published event model. Exit 0 ok, 2 usage
 * error (picocli), 1 failure with a one-line reason on stderr. Runs on the caller's thread; Monte
 * Carlo races go to a pool of {@code --threads} named daemon threads, shut down before returning.
 */
@Command(
    name = "race-sim",
    mixinStandardHelpOptions = true,
    description =
        "Simulate a race from a TUM race parameter file (deterministic replay or Monte Carlo).")
public final class RaceSimCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE.ini",
      description = "TUM race parameter file (pars_<Race>.ini)")
  Path file;

  @Option(
      names = "--mc",
      paramLabel = "N",
      description = "run up to N Monte Carlo races (stops early once every SE of P(win) < 0.005)")
  Integer monteCarloRaces;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Monte Carlo seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Monte Carlo worker threads (default: available processors)")
  Integer threads;

  @Option(
      names = "--mcs",
      paramLabel = "FILE",
      description = "Monte Carlo parameter file (default: pars_mcs.ini beside FILE.ini)")
  Path mcsFile;

  @Option(names = "--json", description = "print JSON instead of a table")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "write laptimes.csv, racetimes.csv, positions.csv, lapinfluences.csv (replay only)")
  Path outDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      validateOptions();
      RaceDefinition def = RaceFileReader.read(file);
      CompiledRace race = new CompiledRace(def);
      if (monteCarloRaces != null) {
        return monteCarlo(race, out);
      }
      return replay(race, def, out, err);
    } catch (RaceParamException | IOException | IllegalArgumentException e) {
      err.println("race-sim: " + oneLine(e.getMessage()));
      return 1;
    } catch (RuntimeException e) {
      err.println("race-sim: internal error: " + oneLine(String.valueOf(e)));
      return 1;
    }
  }

  private void validateOptions() {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    if (monteCarloRaces != null && monteCarloRaces < 1) {
      throw new IllegalArgumentException("--mc must be at least 1, got " + monteCarloRaces);
    }
    if (threads != null && (threads < 1 || threads > 256)) {
      throw new IllegalArgumentException("--threads must be 1..256, got " + threads);
    }
    if (monteCarloRaces != null && outDir != null) {
      throw new IllegalArgumentException(
          "--out writes a single replay; it cannot be combined with --mc");
    }
  }

  private int replay(CompiledRace race, RaceDefinition def, PrintWriter out, PrintWriter err)
      throws IOException {
    RaceSimulator sim = new RaceSimulator(race);
    RaceResult result = sim.simulate(RaceEvents.fromSpec(race, def.events()));
    if (outDir != null) {
      RaceResultCsv.write(result, outDir);
    }
    out.print(
        json ? RaceSimReport.replayJson(def, result) : RaceSimReport.replayTable(def, result));
    out.flush();
    if (result.status() != ResultStatus.VALID) {
      err.println(
          "race-sim: result invalid (" + result.status().code() + "): " + result.status().reason());
      return 1;
    }
    if (sim.fuelClamps() > 0) {
      err.println(
          "race-sim: note: fuel ran "
              + sim.fuelClamps()
              + " time(s) below 0 kg by rounding and was clamped (the reference aborts here)");
    }
    return 0;
  }

  private int monteCarlo(CompiledRace race, PrintWriter out) {
    Path mcs = mcsFile != null ? mcsFile : file.toAbsolutePath().resolveSibling("pars_mcs.ini");
    if (!Files.isRegularFile(mcs)) {
      throw new IllegalArgumentException(
          mcs + ": Monte Carlo parameter file not found (use --mcs)");
    }
    StochasticRace sr = new StochasticRace(race, McsFileReader.read(mcs));
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(t, namedDaemonThreads());
    try {
      MonteCarloSummary s =
          new MonteCarloRunner(sr, pool).run(MonteCarloRequest.standard(monteCarloRaces, seed, t));
      if (s.races() == 0) {
        throw new IllegalArgumentException(
            "no valid Monte Carlo race ("
                + s.invalidRaces()
                + " attempts): "
                + s.lastInvalidReason());
      }
      out.print(
          json ? RaceSimReport.monteCarloJson(race, s) : RaceSimReport.monteCarloTable(race, s));
      out.flush();
      return 0;
    } finally {
      pool.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory namedDaemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread th = new Thread(r, "race-mc-" + n.incrementAndGet());
      th.setDaemon(true);
      return th;
    };
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.replace('\n', ' ').replace('\r', ' ');
  }
}
