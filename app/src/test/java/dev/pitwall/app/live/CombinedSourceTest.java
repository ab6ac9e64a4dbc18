package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.sources.SourceLink;
import dev.pitwall.core.source.MonitoredSource;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CombinedSourceTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 10);
  private static final Channel LAT = new Channel("latitude", "deg", 10);

  /** A source driven by the test: publishes when told, moves to the state it is told. */
  static final class ScriptedSource extends MonitoredSource {
    private final List<Channel> declared;
    SampleSink sink;

    ScriptedSource(String uri, Channel... declared) {
      super(uri);
      this.declared = List.of(declared);
    }

    @Override
    public List<Channel> channels() {
      return declared;
    }

    @Override
    public void start(SampleSink target) {
      sink = target;
      lifecycle.moveTo(SourceState.CONNECTING);
    }

    void emit(Channel c, long timeNanos, double value) {
      counters.frame();
      sink.publish(SampleBlock.single(c, timeNanos, value));
    }

    void moveTo(SourceState s) {
      lifecycle.moveTo(s);
    }

    @Override
    public void stop() {
      lifecycle.moveTo(SourceState.STOPPED);
    }
  }

  private final Queue<SampleBlock> out = new ConcurrentLinkedQueue<>();

  @Test
  void keepsNamesAndPrefixesTheLaterSourcesChannelOnAClash() {
    ScriptedSource sim = new ScriptedSource("sim:cota", SPEED);
    ScriptedSource gps = new ScriptedSource("nmea:/dev/ttyUSB0", SPEED, LAT);
    CombinedSource combined = CombinedSource.of(List.of(sim, gps));
    combined.start(out::add);
    gps.emit(SPEED, 5, 101); // the GPS speaks first, but the simulator declared speed first
    sim.emit(SPEED, 6, 100);
    gps.emit(LAT, 7, 48.1);
    gps.emit(SPEED, 8, 102);
    List<String> keys = out.stream().map(b -> b.channel().key()).toList();
    assertEquals(List.of("nmea.speed", "speed", "latitude", "nmea.speed"), keys);
    assertEquals("km/h", out.peek().channel().unit());
    assertEquals(1, combined.renames().size(), "said once: " + combined.renames());
    assertTrue(
        combined.renames().get(0).startsWith("speed of nmea:/dev/ttyUSB0 recorded as nmea.speed"),
        combined.renames().get(0));
    List<SourceLink> links = combined.links();
    assertEquals(List.of("sim", "nmea"), links.stream().map(SourceLink::label).toList());
    assertEquals(1, links.get(1).renames().size());
    assertEquals("sim:cota + nmea:/dev/ttyUSB0", combined.uri());
  }

  @Test
  void labelsTwoSourcesOfOneKindApart() {
    ScriptedSource a = new ScriptedSource("nmea:/dev/ttyUSB0", SPEED);
    ScriptedSource b = new ScriptedSource("nmea:/dev/ttyUSB1", SPEED);
    CombinedSource combined = CombinedSource.of(List.of(a, b));
    combined.start(out::add);
    b.emit(SPEED, 1, 1);
    assertEquals("nmea2.speed", out.poll().channel().name());
  }

  @Test
  void aSourceAddedLaterContinuesTheSessionTimeline() {
    ScriptedSource sim = new ScriptedSource("sim:cota", SPEED);
    CombinedSource combined = CombinedSource.of(sim);
    combined.start(out::add);
    sim.emit(SPEED, 60_000_000_000L, 100); // 60 s into the session
    ScriptedSource gps = new ScriptedSource("nmea:/dev/ttyUSB0", LAT);
    assertEquals("nmea", combined.add(gps));
    gps.emit(LAT, 0, 48.1); // the GPS's own clock starts at its start
    out.poll();
    SampleBlock joined = out.poll();
    assertEquals("latitude", joined.channel().name());
    assertTrue(joined.firstTimeNanos() >= 60_000_000_000L, "shifted: " + joined);
  }

  @Test
  void followsTheLiveliestMemberAndStopsWhenAllHaveStopped() {
    ScriptedSource a = new ScriptedSource("candump:a.log");
    ScriptedSource b = new ScriptedSource("nmea:/dev/ttyUSB0");
    CombinedSource combined = CombinedSource.of(List.of(a, b));
    assertEquals(SourceState.DISCONNECTED, combined.state());
    combined.start(out::add);
    assertEquals(SourceState.CONNECTING, combined.state());
    b.moveTo(SourceState.STREAMING);
    assertEquals(SourceState.STREAMING, combined.state());
    b.moveTo(SourceState.STALLED);
    assertEquals(SourceState.STALLED, combined.state());
    a.stop(); // the log ended
    assertEquals(SourceState.STALLED, combined.state(), "the GPS still runs");
    b.stop();
    assertEquals(SourceState.STOPPED, combined.state());
    assertThrows(IllegalStateException.class, () -> combined.add(new ScriptedSource("sim")));
  }

  @ParameterizedTest
  @EnumSource(
      value = SourceState.class,
      names = {"CONNECTING", "STREAMING", "RECONNECTING"})
  void withOneMemberMirrorsItsState(SourceState state) {
    ScriptedSource only = new ScriptedSource("udp://0.0.0.0:20777?format=f1");
    CombinedSource combined = CombinedSource.of(only);
    combined.start(out::add);
    only.moveTo(SourceState.STREAMING);
    only.moveTo(state);
    assertEquals(only.state(), combined.state());
    assertEquals(only.uri(), combined.uri());
  }

  @Test
  void removesOneSourceButNotTheLast() {
    ScriptedSource a = new ScriptedSource("sim:cota", SPEED);
    ScriptedSource b = new ScriptedSource("nmea:/dev/ttyUSB0", LAT);
    CombinedSource combined = CombinedSource.of(List.of(a, b));
    combined.start(out::add);
    a.moveTo(SourceState.STREAMING);
    combined.remove("nmea");
    assertEquals(SourceState.STOPPED, b.state());
    assertEquals(List.of("sim"), combined.links().stream().map(SourceLink::label).toList());
    assertEquals(SourceState.STREAMING, combined.state());
    assertThrows(IllegalArgumentException.class, () -> combined.remove("sim"));
    assertThrows(IllegalArgumentException.class, () -> combined.remove("gps"));
  }

  @Test
  void healthSumsTheMembersCounters() {
    ScriptedSource a = new ScriptedSource("sim:cota", SPEED);
    ScriptedSource b = new ScriptedSource("nmea:/dev/ttyUSB0", LAT);
    CombinedSource combined = CombinedSource.of(List.of(a, b));
    combined.start(out::add);
    a.emit(SPEED, 1, 1);
    b.emit(LAT, 1, 1);
    b.emit(LAT, 2, 1);
    assertEquals(3, combined.health().frames());
  }
}
