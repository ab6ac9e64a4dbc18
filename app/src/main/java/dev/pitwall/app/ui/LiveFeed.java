package dev.pitwall.app.ui;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.app.mapping.MappingSink;
import dev.pitwall.app.ui.sources.SourceLink;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.core.track.TrackLayout;
import java.util.List;
import java.util.Optional;

/**
 * Everything the live screen reads, implemented by the composition root around a running source,
 * its {@code SampleBus}, the recorder and a {@code LapTimer}.
 *
 * <p>Thread contract: every method is called on the FX thread, at most once per frame, and must
 * return at once (no I/O, no waiting on locks held by a source or the recorder).
 */
public interface LiveFeed {

  /** A new bounded consumer on the sample bus; the screen drains it once per frame. */
  Subscription subscribe(String name, int capacityBlocks);

  /** Channels seen so far, in order of first appearance. */
  List<Channel> channels();

  /** Link health of the source now. */
  SourceHealth sourceHealth();

  /**
   * Every source feeding the session, one row each in the link-health panel; by default the one
   * source of {@link #sourceUri()}.
   */
  default List<SourceLink> links() {
    return List.of(new SourceLink("", sourceUri(), sourceHealth(), List.of()));
  }

  /** Where the data comes from, e.g. {@code udp://0.0.0.0:20777} or {@code sim://cota}. */
  String sourceUri();

  /** Samples dropped by any consumer of the bus (recorder, lap timer, UI) since the start. */
  long droppedSamples();

  /** Samples the recorder has stored so far. */
  long recordedSamples();

  /** The circuit being driven, when known. */
  Optional<TrackLayout> track();

  /** Latest lap timing of a car (0 = own car); never null. */
  LapBoard lapBoard(int car);

  /** Stable id of the session being recorded. */
  String sessionId();

  /** One line for people, e.g. {@code Practice 1, COTA, car 0}. */
  String sessionDescription();

  /** The live channel mapping (Channels… dialog), when this feed has one. */
  default Optional<MappingSink> channelMapping() {
    return Optional.empty();
  }

  /**
   * When the track was learnt from a game whose cars carry no position in the track's frame: track
   * metres per lap-distance metre, to place cars by {@code lapDistance}; NaN to use posX/posY.
   */
  default double lapDistanceScale() {
    return Double.NaN;
  }

  /** Things the engineer should know about this feed now (mapping problems, learnt track). */
  default List<String> notices() {
    return List.of();
  }
}
