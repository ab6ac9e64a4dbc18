package dev.pitwall.app.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceError;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusModelTest {
  private static final long MS = 1_000_000L;

  @Test
  void measuresSamplesPerSecondOverOneSecondWindows() {
    StatusModel model = new StatusModel();
    for (int frame = 0; frame <= 60; frame++) {
      model.onFrame(frame * 1000 * MS / 60, 50); // 60 fps, 50 samples per frame
    }
    assertEquals(3050, model.samplesPerS(), 1e-6, "61 frames counted over exactly 1 s");
    assertEquals("3,050 samples/s", model.rateText());
  }

  @Test
  void hasNoRateDuringTheFirstSecond() {
    StatusModel model = new StatusModel();
    model.onFrame(0, 10);
    model.onFrame(500 * MS, 10);
    assertTrue(Double.isNaN(model.samplesPerS()));
  }

  @Test
  void showsTheLastErrorUnlessStreaming() {
    SourceError error = new SourceError(Instant.EPOCH, "no data for 2 s");
    assertEquals(
        "STALLED: no data for 2 s", StatusModel.stateText(health(SourceState.STALLED, error)));
    assertEquals("STREAMING", StatusModel.stateText(health(SourceState.STREAMING, error)));
    assertEquals("state-warn", StatusModel.stateStyle(SourceState.RECONNECTING));
    assertEquals("state-bad", StatusModel.stateStyle(SourceState.STOPPED));
    assertEquals("dropped 12,345", StatusModel.countText("dropped", 12345));
  }

  private static SourceHealth health(SourceState state, SourceError error) {
    return new SourceHealth(state, 0, 0, 0, 0, 0, 0, 0, error);
  }

  @Test
  void frameCostIsADashBeforeAnyFrameWasMeasured() {
    assertEquals("UI — ms CPU/frame", StatusModel.frameCostText(Double.NaN));
    assertEquals("UI 0.4 ms CPU/frame", StatusModel.frameCostText(0.42));
  }
}
