package dev.pitwall.app.live;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Sessions of a browser test in a real H2 file: three finished sessions on different days, tracks,
 * cars and drivers, and one whose recorder never finished (the store marks it INTERRUPTED when it
 * is opened again, as after a crash).
 */
final class SessionFixtures {
  static final Channel SPEED = new Channel("speed", "km/h", 100);
  static final Channel RPM = new Channel("rpm", "rpm", 100);

  private SessionFixtures() {}

  /** Writes the four sessions into a new database {@code db}. */
  static void write(Path db) {
    try (SessionStore store = H2SessionStore.open(db)) {
      finished(store, "GR86 #7", "Ana Silva", "cota", "2026-11-20T10:00:00Z", 12, 2);
      finished(store, "GR86 #13", "Ben Ito", "barber", "2026-11-21T14:30:00Z", 8, 1);
      finished(store, "Supra GT4", "Ana Silva", "sebring", "2026-11-22T09:15:00Z", 20, 3);
      SessionRecording crashed =
          store.startSession(
              new SessionInfo(
                  "GR86 #7", "Cara Diaz", "vir", "sim:vir", at("2026-11-22T16:00:00Z")));
      append(crashed, 5);
      crashed.commit();
      // no finish: the store closes with the session still RECORDING, as if the process died
    }
  }

  static long finished(
      SessionStore store, String car, String driver, String track, String start, int s, int laps) {
    try (SessionRecording rec =
        store.startSession(new SessionInfo(car, driver, track, "sim:" + track, at(start)))) {
      append(rec, s);
      long lapNanos = (long) s * 1_000_000_000L / laps;
      for (int i = 0; i < laps; i++) {
        rec.addLap(new Lap(0, i + 1, i * lapNanos, (i + 1) * lapNanos, List.of(), true));
      }
      rec.finish(SessionStatus.COMPLETED);
      return rec.sessionId();
    }
  }

  private static void append(SessionRecording rec, int seconds) {
    int n = seconds * 100;
    long[] t = new long[n];
    double[] speed = new double[n];
    double[] rpm = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * 10_000_000L;
      speed[i] = 80 + 60 * Math.sin(i / 150.0);
      rpm[i] = 3000 + 2500 * Math.sin(i / 90.0);
    }
    rec.append(new SampleBlock(SPEED, t, speed, n));
    rec.append(new SampleBlock(RPM, t, rpm, n));
  }

  static Instant at(String iso) {
    return Instant.parse(iso);
  }
}
