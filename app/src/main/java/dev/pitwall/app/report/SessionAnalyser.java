package dev.pitwall.app.report;

import dev.pitwall.analytics.coaching.SessionCoach;
import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.PathDistance;
import dev.pitwall.analytics.lapdetect.Crossings;
import dev.pitwall.analytics.lapdetect.LapDetection;
import dev.pitwall.analytics.lapdetect.LapDistanceCrossingFinder;
import dev.pitwall.analytics.lapdetect.LapMethod;
import dev.pitwall.analytics.lapdetect.LapSplitter;
import dev.pitwall.analytics.lapdetect.SpeedTrace;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a stored session (own car) and runs lap detection and the coaching chain on it.
 *
 * <p>Laps come from the lap-distance channel (resets at the line; sector lines at the track's
 * sector ends). Without it there is no line to time against in this release: the result says which
 * lap methods the channels would allow. Pure computation plus store reads: call it on a background
 * executor. Thread-safe.
 */
public final class SessionAnalyser {
  /** Channels put on the distance grid, in display order, when the session has them. */
  public static final List<String> GRID_CHANNELS =
      List.of(
          "speed",
          "throttle",
          "brakePressureFront",
          "steeringAngle",
          "gear",
          "rpm",
          "accLat",
          "accLong",
          "posX",
          "posY");

  private static final String LAP_DISTANCE = "lapDistance";
  private final TrackCatalog catalog;
  private final SessionCoach coach;

  public SessionAnalyser(TrackCatalog catalog, SessionCoach coach) {
    this.catalog = catalog;
    this.coach = coach;
  }

  public static SessionAnalyser withDefaults() {
    return new SessionAnalyser(TrackCatalog.builtIn(), SessionCoach.withDefaults());
  }

  /**
   * @throws StoreException when the session does not exist
   * @throws IllegalArgumentException with a plain-words reason when it cannot be lapped
   */
  public SessionAnalysis analyse(SessionStore store, long sessionId) {
    SessionSummary summary =
        store
            .session(sessionId)
            .orElseThrow(() -> new StoreException("no session " + sessionId + " in this database"));
    Map<String, Channel> own =
        store.channels(sessionId).stream()
            .map(ChannelSummary::channel)
            .filter(c -> c.car() == 0)
            .collect(Collectors.toMap(Channel::name, c -> c, (a, b) -> a, LinkedHashMap::new));
    if (!own.containsKey(LAP_DISTANCE)) {
      throw new IllegalArgumentException(noLapDistance(sessionId, own.keySet()));
    }
    Optional<TrackLayout> track = track(summary.info().track());
    ChannelSeries lapDistance = read(store, sessionId, own.get(LAP_DISTANCE));
    long end = summary.duration().toNanos();
    SpeedTrace speed = null;
    List<ChannelSeries> grid = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String name : GRID_CHANNELS) {
      Channel c = own.get(name);
      if (c == null) {
        continue;
      }
      ChannelSeries s = read(store, sessionId, c);
      grid.add(s);
      names.add(name);
      if (name.equals("speed")) {
        speed = new SpeedTrace(s.timeNanos(), s.values());
      }
    }
    LapDetection detection = detect(lapDistance, end, speed, track);
    ChannelSeries distance =
        PathDistance.fromLapDistance(lapDistance.timeNanos(), lapDistance.values(), 200);
    SessionCoach.Result result = coach.analyse(detection, distance, grid, List.of());
    List<String> notes = new ArrayList<>(result.notes());
    if (!own.containsKey("posX") || !own.containsKey("posY")) {
      notes.add(
          0, "no position channel (posX/posY): no track map and no corners found from the path");
    }
    if (result.analyses().size() < 3) {
      notes.add(
          "only "
              + result.analyses().size()
              + " valid lap(s) on the grid: the session baseline and anomalies need 3 or more");
    }
    return new SessionAnalysis(summary, track, names, result, notes);
  }

  private LapDetection detect(
      ChannelSeries lapDistance, long endNanos, SpeedTrace speed, Optional<TrackLayout> track) {
    LapDistanceCrossingFinder finder = LapDistanceCrossingFinder.withDefaults();
    Crossings line = finder.find(LAP_DISTANCE, lapDistance.timeNanos(), lapDistance.values());
    List<Crossings> sectors = new ArrayList<>();
    if (track.isPresent()) {
      double[] ends = track.get().sectorEndsM();
      for (int i = 0; i + 1 < ends.length; i++) {
        sectors.add(
            finder.findThreshold(
                LAP_DISTANCE, lapDistance.timeNanos(), lapDistance.values(), ends[i]));
      }
    }
    return new LapSplitter(LapSplitter.Config.defaults())
        .split(line, 0, endNanos, speed, sectors, List.of());
  }

  private Optional<TrackLayout> track(String key) {
    if (key == null || !catalog.names().contains(key)) {
      return Optional.empty();
    }
    return Optional.of(catalog.load(key));
  }

  private static ChannelSeries read(SessionStore store, long id, Channel c) {
    SampleBlock b = store.read(id, c, 0, Long.MAX_VALUE);
    return new ChannelSeries(c.name(), b.times(), b.values());
  }

  private static String noLapDistance(long id, Set<String> channels) {
    List<String> methods =
        LapMethod.availableFor(channels).stream().map(LapMethod::description).toList();
    return "session "
        + id
        + " has no lapDistance channel, so no start/finish line to time laps against"
        + (methods.isEmpty()
            ? " (and no position or beacon channel either)"
            : "; its channels would allow: " + String.join(", ", methods));
  }
}
