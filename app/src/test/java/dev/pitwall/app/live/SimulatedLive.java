package dev.pitwall.app.live;

import dev.pitwall.core.track.TrackCatalog;

/** The simulated car(s) as a live source for window tests, prepared as the app prepares them. */
final class SimulatedLive {
  private SimulatedLive() {}

  /**
   * {@code cars} simulated GR86s at {@code track} (a catalog key) at {@code speed}x real time, with
   * no end: the test closes the session.
   */
  static SourceFactory.Prepared at(String track, int cars, long seed, double speed) {
    return new SourceFactory(TrackCatalog.builtIn())
        .create(new SourceRequest("sim", track, cars, seed, speed, null));
  }
}
