package dev.pitwall.bench.race;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.RaceEvents;
import dev.pitwall.analytics.race.engine.RaceSimulator;
import dev.pitwall.analytics.race.engine.ResultStatus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deterministic replays per second, single-threaded (target: a race in at most 1.8 ms, i.e. at
 * least 556 races/s; the reference needs ~171 ms for Spielberg 2019). Run with {@code ./mvnw -pl
 * bench -am package -DskipTests} then {@code java -Dpitwall.data=../shared/data -cp
 * bench/target/classes:$(cat bench/target/bench-classpath.txt) org.openjdk.jmh.Main
 * 'RaceReplayBenchmark|MonteCarloBenchmark'}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RaceReplayBenchmark {
  @Param({"Spielberg_2019", "Budapest_2017", "SaoPaulo_2019"})
  String raceName;

  private RaceSimulator simulator;
  private RaceEvents events;

  @Setup
  public void setUp() {
    CompiledRace race = RaceBenchData.race(raceName);
    simulator = new RaceSimulator(race);
    events = RaceEvents.fromSpec(race, race.definition().events());
  }

  /** One full race, result left in the simulator's arrays (no copy). */
  @Benchmark
  public ResultStatus replayRace() {
    return simulator.run(events, null);
  }
}
