package dev.pitwall.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLifecycleTest {

  @Test
  void followsTheLegalPathAndNotifiesListeners() {
    SourceLifecycle lifecycle = new SourceLifecycle("sim");
    List<String> seen = new ArrayList<>();
    lifecycle.addListener((src, from, to) -> seen.add(src + ":" + from + "->" + to));
    assertTrue(lifecycle.moveTo(SourceState.CONNECTING));
    assertTrue(lifecycle.moveTo(SourceState.STREAMING));
    assertTrue(lifecycle.moveTo(SourceState.STALLED));
    assertTrue(lifecycle.moveTo(SourceState.RECONNECTING));
    assertTrue(lifecycle.moveTo(SourceState.STREAMING));
    assertTrue(lifecycle.moveTo(SourceState.STOPPED));
    assertEquals(6, seen.size());
    assertEquals("sim:DISCONNECTED->CONNECTING", seen.get(0));
  }

  @Test
  void refusesIllegalTransitionsAndLeavesStoppedTerminal() {
    SourceLifecycle lifecycle = new SourceLifecycle("udp");
    assertFalse(lifecycle.moveTo(SourceState.STREAMING), "cannot stream before connecting");
    assertTrue(lifecycle.moveTo(SourceState.STOPPED));
    for (SourceState s : SourceState.values()) {
      assertFalse(lifecycle.moveTo(s));
    }
    assertEquals(SourceState.STOPPED, lifecycle.state());
  }

  @Test
  void compareAndSetLosesWhenTheStateMovedOn() {
    SourceLifecycle lifecycle = new SourceLifecycle("can");
    lifecycle.moveTo(SourceState.CONNECTING);
    assertFalse(lifecycle.moveFrom(SourceState.DISCONNECTED, SourceState.CONNECTING));
    assertTrue(lifecycle.moveFrom(SourceState.CONNECTING, SourceState.STREAMING));
  }

  @Test
  void countersSnapshotKeepsTheLastError() {
    SourceCounters counters = new SourceCounters();
    counters.frame();
    counters.invalidFrame("udp:20777 packet 12: length 3 < header 29");
    SourceHealth h = counters.snapshot(SourceState.STREAMING);
    assertEquals(1, h.frames());
    assertEquals(1, h.invalidFrames());
    assertEquals("udp:20777 packet 12: length 3 < header 29", h.lastError().message());
  }
}
