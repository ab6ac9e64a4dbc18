package dev.pitwall.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SessionStore} must have. Subclass it once per implementation (and per
 * mode, e.g. in-memory and file) and return a fresh, empty store from {@link #newStore()}.
 */
public abstract class SessionStoreContract {
  protected static final long MS = 1_000_000L;
  protected static final Channel SPEED = new Channel("speed", "km/h", 100);
  protected static final Channel RPM = new Channel("rpm", "rpm", 100);
  protected static final Instant START = Instant.parse("2026-11-23T14:00:00.123456789Z");

  protected SessionStore store;

  /** A new, empty store; closed by the contract after each test. */
  protected abstract SessionStore newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  protected static SessionInfo info(Instant start) {
    return new SessionInfo("GT3 #7", "A. Driver", "cota", "sim:cota?seed=7", start);
  }

  /** {@code n} samples at 100 Hz from {@code t0}, value = f(i). */
  protected static SampleBlock regular(Channel ch, long t0, int n, double offset) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = t0 + i * 10 * MS;
      v[i] = offset + Math.sin(i / 50.0) * 100;
    }
    return new SampleBlock(ch, t, v, n);
  }

  @Test
  void roundTripsSamplesBitExactlyAcrossManyBlocksAndChunks() {
    double[] special = {
      -0.0,
      0.0,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY,
      Double.longBitsToDouble(0x7ff8_0000_0000_1234L),
      Math.PI,
      1e-300
    };
    int n = 10_000;
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i == 0 ? 0 : t[i - 1] + (i % 7 == 0 ? 0 : 1 + (i * 7919L) % 40_000_000L);
      v[i] = i < special.length ? special[i] : (i * 0.1) - 333.3;
    }
    t[n - 1] = Long.MAX_VALUE / 2; // a huge jump still round-trips
    try (SessionRecording rec = store.startSession(info(START))) {
      for (int from = 0; from < n; ) {
        int size = Math.min(1 + from % 977, n - from);
        rec.append(slice(SPEED, t, v, from, size));
        from += size;
      }
    }
    long id = store.sessions().get(0).id();
    SampleBlock back = store.read(id, SPEED, Long.MIN_VALUE, Long.MAX_VALUE);
    assertArrayEquals(t, back.times());
    assertArrayEquals(rawBits(v), rawBits(back.values()));
  }

  @Test
  void readsExactlyTheHalfOpenTimeWindow() {
    long id = recordCompleted(regular(SPEED, 0, 1000, 0));
    SampleBlock window = store.read(id, SPEED, 1000 * MS, 2000 * MS);
    assertEquals(100, window.size());
    assertEquals(1000 * MS, window.firstTimeNanos());
    assertEquals(1990 * MS, window.lastTimeNanos());
    assertEquals(Math.sin(100 / 50.0) * 100, window.value(0));
    assertEquals(0, store.read(id, SPEED, 1001 * MS, 1009 * MS).size(), "between two samples");
    assertEquals(0, store.read(id, SPEED, 20_000 * MS, 30_000 * MS).size(), "after the end");
    assertEquals(0, store.read(id, RPM, 0, Long.MAX_VALUE).size(), "channel never recorded");
  }

  @Test
  void committedDataIsReadableWhileStillRecording() {
    SessionRecording rec = store.startSession(info(START));
    rec.append(regular(SPEED, 0, 250, 0));
    rec.commit();
    SessionSummary s = store.session(rec.sessionId()).orElseThrow();
    assertEquals(SessionStatus.RECORDING, s.status());
    assertEquals(250, s.samples());
    assertEquals(250, store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE).size());
    rec.close();
  }

  @Test
  void summarisesDurationSamplesLapsAndBestValidLapOfCarZero() {
    long id;
    try (SessionRecording rec = store.startSession(info(START))) {
      id = rec.sessionId();
      rec.append(regular(SPEED, 0, 6001, 0)); // 0 .. 60 s
      rec.append(regular(RPM, 0, 3000, 5000));
      rec.addLap(new Lap(0, 1, 0, 20_500 * MS, List.of(6.5, 7.0, 7.0), true));
      rec.addLap(new Lap(0, 2, 20_500 * MS, 39_000 * MS, List.of(6.0, 6.25, 6.25), false));
      rec.addLap(new Lap(0, 3, 39_000 * MS, 59_000 * MS, List.of(), true));
      rec.addLap(new Lap(1, 1, 0, 15_000 * MS, List.of(), true)); // faster, but another car
    }
    SessionSummary s = store.session(id).orElseThrow();
    assertEquals(Duration.ofSeconds(60), s.duration());
    assertEquals(9001, s.samples());
    assertEquals(3, s.laps(), "laps of car 0");
    assertEquals(OptionalDouble.of(20.0), s.bestLapS(), "lap 2 is faster but invalid");
    assertEquals(SessionStatus.COMPLETED, s.status());
    assertEquals(info(START), s.info());
  }

  @Test
  void roundTripsLapsWithSectorsInCarAndNumberOrder() {
    Lap a = new Lap(0, 1, 5 * MS, 90_123_456_789L, List.of(29.999999999, 30.1, 1.0 / 3), true);
    Lap b = new Lap(0, 2, 90_123_456_789L, 181_000_000_000L, List.of(), false);
    Lap c = new Lap(2, 1, 7 * MS, 95_000_000_000L, List.of(31.0), true);
    long id;
    try (SessionRecording rec = store.startSession(info(START))) {
      id = rec.sessionId();
      rec.addLap(c);
      rec.addLap(b);
      rec.addLap(a);
    }
    assertEquals(List.of(a, b, c), store.laps(id));
  }

  @Test
  void summarisesEachChannelWithCountMinMaxMean() {
    double[] v = {3.0, -1.5, 10.0, 0.5};
    long[] t = {0, 10 * MS, 20 * MS, 30 * MS};
    long id = recordCompleted(new SampleBlock(SPEED, t, v, 4), constant(RPM, 5000, 6500.0));
    List<ChannelSummary> channels = store.channels(id);
    assertEquals(2, channels.size());
    ChannelSummary speed = channels.get(0);
    assertEquals(SPEED, speed.channel());
    assertEquals(4, speed.samples());
    assertEquals(-1.5, speed.min());
    assertEquals(10.0, speed.max());
    assertEquals(3.0, speed.mean(), 1e-12);
    ChannelSummary rpm = channels.get(1);
    assertEquals(new ChannelSummary(RPM, 5000, 6500.0, 6500.0, 6500.0), rpm);
  }

  @Test
  void statusMovesFromRecordingToHowTheSessionEnded() {
    SessionRecording ok = store.startSession(info(START));
    SessionRecording broken = store.startSession(info(START.plusSeconds(1)));
    assertEquals(SessionStatus.RECORDING, statusOf(ok.sessionId()));
    ok.close();
    broken.finish(SessionStatus.FAILED);
    broken.finish(SessionStatus.COMPLETED); // idempotent: the first end counts
    assertEquals(SessionStatus.COMPLETED, statusOf(ok.sessionId()));
    assertEquals(SessionStatus.FAILED, statusOf(broken.sessionId()));
  }

  @Test
  void emptySessionHasNoSamplesNoLapsAndZeroDuration() {
    long id;
    try (SessionRecording rec = store.startSession(info(START))) {
      id = rec.sessionId();
    }
    SessionSummary s = store.session(id).orElseThrow();
    assertEquals(0, s.samples());
    assertEquals(Duration.ZERO, s.duration());
    assertEquals(0, s.laps());
    assertEquals(OptionalDouble.empty(), s.bestLapS());
    assertTrue(store.laps(id).isEmpty());
    assertTrue(store.channels(id).isEmpty());
    assertEquals(0, store.read(id, SPEED, 0, Long.MAX_VALUE).size());
    assertTrue(store.session(id + 1000).isEmpty(), "unknown session");
  }

  @Test
  void keepsTheSameChannelOfSeveralCarsApart() {
    Channel speed2 = SPEED.forCar(2);
    long id = recordCompleted(regular(SPEED, 0, 300, 0), regular(speed2, 5 * MS, 200, 1000));
    SampleBlock own = store.read(id, SPEED, 0, Long.MAX_VALUE);
    SampleBlock other = store.read(id, speed2, 0, Long.MAX_VALUE);
    assertEquals(300, own.size());
    assertEquals(200, other.size());
    assertEquals(5 * MS, other.firstTimeNanos());
    assertEquals(1000.0, other.value(0));
    assertEquals(
        List.of(SPEED, speed2), store.channels(id).stream().map(c -> c.channel()).toList());
  }

  @Test
  void listsSessionsNewestFirst() {
    long middle = recordAt(START);
    long newest = recordAt(START.plus(Duration.ofHours(1)));
    long oldest = recordAt(START.minus(Duration.ofHours(1)));
    assertEquals(
        List.of(newest, middle, oldest), store.sessions().stream().map(s -> s.id()).toList());
  }

  private long recordAt(Instant start) {
    try (SessionRecording rec = store.startSession(info(start))) {
      rec.append(regular(SPEED, 0, 10, 0));
      return rec.sessionId();
    }
  }

  private long recordCompleted(SampleBlock... blocks) {
    try (SessionRecording rec = store.startSession(info(START))) {
      for (SampleBlock b : blocks) {
        rec.append(b);
      }
      return rec.sessionId();
    }
  }

  private SessionStatus statusOf(long id) {
    return store.session(id).orElseThrow().status();
  }

  private static SampleBlock constant(Channel ch, int n, double value) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * 10 * MS;
      v[i] = value;
    }
    return new SampleBlock(ch, t, v, n);
  }

  private static SampleBlock slice(Channel ch, long[] t, double[] v, int from, int n) {
    long[] ts = java.util.Arrays.copyOfRange(t, from, from + n);
    double[] vs = java.util.Arrays.copyOfRange(v, from, from + n);
    return new SampleBlock(ch, ts, vs, n);
  }

  private static long[] rawBits(double[] v) {
    long[] bits = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      bits[i] = Double.doubleToRawLongBits(v[i]);
    }
    return bits;
  }
}
