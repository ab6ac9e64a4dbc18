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
 * sector ends); without it from a GPS start/finish line ({@link LineLaps}: a user line, the catalog
 * track's line, the logger's own line or the first move), and with no position channel from a
 * {@code lapCount} beacon. With none of these the error says which lap methods remain. Pure
 * computation plus store reads: call it on a background executor. Thread-safe.
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
  private final Optional<StartLine> userLine;

  public SessionAnalyser(TrackCatalog catalog, SessionCoach coach) {
    this(catalog, coach, Optional.empty());
  }

  private SessionAnalyser(TrackCatalog catalog, SessionCoach coach, Optional<StartLine> userLine) {
    this.catalog = catalog;
    this.coach = coach;
    this.userLine = userLine;
  }

  public static SessionAnalyser withDefaults() {
    return new SessionAnalyser(TrackCatalog.builtIn(), SessionCoach.withDefaults());
  }

  /** The same analyser timing GPS sessions on {@code line} (before the catalog's line). */
  public SessionAnalyser withStartLine(StartLine line) {
    return new SessionAnalyser(catalog, coach, Optional.of(line));
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
    Optional<TrackLayout> track = track(summary.info().track());
    List<ChannelSeries> grid = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String name : GRID_CHANNELS) {
      Channel c = own.get(name);
      if (c != null) {
        grid.add(read(store, sessionId, c));
        names.add(name);
      }
    }
    SpeedTrace speed =
        own.containsKey("speed") && own.get("speed").unit().equals("km/h")
            ? speedOf(grid.get(names.indexOf("speed")))
            : null;
    LineLaps.Result laps = laps(store, summary, own, track, speed);
    if (!names.contains("posX") && !laps.positions().isEmpty()) {
      for (ChannelSeries p : laps.positions()) {
        grid.add(p);
        names.add(p.name());
      }
    }
    SessionCoach.Result result = coach.analyse(laps.detection(), laps.distance(), grid, List.of());
    List<String> notes = new ArrayList<>(result.notes());
    if (!names.contains("posX") || !names.contains("posY")) {
      notes.add(
          0, "no position channel (posX/posY): no track map and no corners found from the path");
    }
    if (laps.lineNote() != null) {
      notes.add(0, laps.lineNote());
    }
    if (result.analyses().size() < 3) {
      notes.add(
          "only "
              + result.analyses().size()
              + " valid lap(s) on the grid: the session baseline and anomalies need 3 or more");
    }
    return new SessionAnalysis(summary, track, names, result, notes);
  }

  /** Laps by the best method the channels allow: lapDistance reset, GPS line, lapCount beacon. */
  private LineLaps.Result laps(
      SessionStore store,
      SessionSummary summary,
      Map<String, Channel> own,
      Optional<TrackLayout> track,
      SpeedTrace speed) {
    long id = summary.id();
    if (own.containsKey(LAP_DISTANCE)) {
      ChannelSeries lapDistance = read(store, id, own.get(LAP_DISTANCE));
      LapDetection detection = detect(lapDistance, summary.duration().toNanos(), speed, track);
      ChannelSeries distance =
          PathDistance.fromLapDistance(lapDistance.timeNanos(), lapDistance.values(), 200);
      return new LineLaps.Result(detection, distance, List.of(), null);
    }
    ChannelSeries lapCount =
        own.containsKey("lapCount") ? read(store, id, own.get("lapCount")) : null;
    if (own.containsKey("latitude") && own.containsKey("longitude")) {
      return LineLaps.fromGps(
          read(store, id, own.get("latitude")),
          read(store, id, own.get("longitude")),
          lapCount,
          speed,
          userLine,
          catalogLine(summary.info().track(), track));
    }
    if (lapCount != null && speed != null) {
      return LineLaps.fromBeacon(lapCount, read(store, id, own.get("speed")));
    }
    throw new IllegalArgumentException(noLaps(id, own.keySet()));
  }

  private Optional<StartLine> catalogLine(String key, Optional<TrackLayout> track) {
    return track.map(t -> StartLine.ofTrack(key, t, catalog.geoReference(key)));
  }

  private static SpeedTrace speedOf(ChannelSeries s) {
    return new SpeedTrace(s.timeNanos(), s.values());
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

  private static String noLaps(long id, Set<String> channels) {
    List<String> methods =
        LapMethod.availableFor(channels).stream().map(LapMethod::description).toList();
    return "session "
        + id
        + " has no lapDistance, no latitude/longitude and no lapCount with a km/h speed, so no"
        + " start/finish line to time laps against"
        + (methods.isEmpty()
            ? ". Without a position channel only a lap-distance channel reset or a beacon"
                + " (lapCount) can give laps; this session has neither"
            : "; its channels would allow: " + String.join(", ", methods))
        + ".";
  }
}
