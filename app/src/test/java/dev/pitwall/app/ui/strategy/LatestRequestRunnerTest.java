package dev.pitwall.app.ui.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LatestRequestRunnerTest {
  /** Queues tasks; the test runs them when it wants, simulating a busy background thread. */
  private static final class ManualExecutor implements Executor {
    final List<Runnable> tasks = new ArrayList<>();

    @Override
    public void execute(Runnable r) {
      tasks.add(r);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.remove(0).run();
      }
    }
  }

  @Test
  void onlyTheNewestQueuedRequestIsComputed() {
    ManualExecutor ex = new ManualExecutor();
    List<Integer> computed = new ArrayList<>();
    List<Integer> delivered = new ArrayList<>();
    LatestRequestRunner<Integer, Integer> runner =
        new LatestRequestRunner<>(
            ex,
            q -> {
              computed.add(q);
              return q * 10;
            },
            delivered::add);
    runner.submit(1);
    runner.submit(2);
    runner.submit(3);
    ex.runAll();
    assertEquals(List.of(3), computed);
    assertEquals(List.of(30), delivered);
    assertEquals(2, runner.superseded());
  }

  @Test
  void resultOfARequestOvertakenWhileComputingIsDropped() {
    ManualExecutor ex = new ManualExecutor();
    List<Integer> delivered = new ArrayList<>();
    LatestRequestRunner<Integer, Integer>[] self = new LatestRequestRunner[1];
    self[0] =
        new LatestRequestRunner<>(
            ex,
            q -> {
              if (q == 1) {
                self[0].submit(2); // a newer lap arrives while lap 1 is computed
              }
              return q;
            },
            delivered::add);
    self[0].submit(1);
    ex.runAll();
    assertEquals(List.of(2), delivered);
  }
}
