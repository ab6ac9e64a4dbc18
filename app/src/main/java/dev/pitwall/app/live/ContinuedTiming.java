package dev.pitwall.app.live;

import dev.pitwall.analytics.timing.LapTimer;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.session.recovery.InterruptedSessions;
import dev.pitwall.core.session.recovery.SessionEvent;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link LiveSession} recording into a continued session ({@link
 * dev.pitwall.core.session.recovery.InterruptedSessions#continueSession}) must know about the
 * session so far. The live pipeline keeps the fresh source's time base (its t = 0 lands at {@link
 * Continuation#resumeAtNanos()} of session time), so the laps stored before are shifted into it for
 * the lap timer, which then lists them and numbers on after them; the store, for its part, numbers
 * the laps the recording hands it after its last lap itself, so a lap goes to the recorder with the
 * number a fresh timer would have given it.
 *
 * <p>Thread contract: built before the session starts; then used by the lap-timer thread only
 * ({@link #sessionNanos} from any thread).
 */
final class ContinuedTiming {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ContinuedTiming.class);

  /** A session recorded from scratch: nothing before, no shift. */
  static final ContinuedTiming NONE =
      new ContinuedTiming(0, List.of(), List.of(), Map.of(), null, 0);

  private final long resumeAtNanos;
  private final List<Lap> priorLaps; // in the source's time base
  private final List<Lap> recovered; // detected in the samples, not yet stored; source time base
  private final Map<Integer, Integer> lastNumbers;
  private final SessionStore store;
  private final long sessionId;

  private ContinuedTiming(
      long resumeAtNanos,
      List<Lap> priorLaps,
      List<Lap> recovered,
      Map<Integer, Integer> lastNumbers,
      SessionStore store,
      long sessionId) {
    this.resumeAtNanos = resumeAtNanos;
    this.priorLaps = priorLaps;
    this.recovered = recovered;
    this.lastNumbers = lastNumbers;
    this.store = store;
    this.sessionId = sessionId;
  }

  /**
   * Reads the laps session {@code id} has stored so far (call right after continuing it, on a
   * background thread). A session whose lap rows died with its recording gets car 0's laps detected
   * in its raw samples instead, as closing it would ({@link SessionCloser}); {@link #recovered}
   * hands them to the recording so they are stored too.
   */
  static ContinuedTiming of(SessionStore store, long id, Continuation continuation) {
    long shift = -continuation.resumeAtNanos();
    Map<Integer, Integer> last = new HashMap<>();
    List<Lap> stored = store.laps(id);
    for (Lap l : stored) {
      last.merge(l.car(), l.number(), Math::max);
    }
    List<Lap> prior = stored.isEmpty() ? detected(store, id) : stored;
    return new ContinuedTiming(
        continuation.resumeAtNanos(),
        prior.stream().map(l -> shifted(l, shift)).toList(),
        stored.isEmpty() ? prior.stream().map(l -> shifted(l, shift)).toList() : List.of(),
        Map.copyOf(last),
        store,
        id);
  }

  private static List<Lap> detected(SessionStore store, long id) {
    List<SessionEvent> gaps =
        store instanceof InterruptedSessions recovery
            ? recovery.events(id).stream().filter(e -> e.kind().equals(SessionEvent.GAP)).toList()
            : List.of();
    try {
      return new SessionCloser().lapsFromSamples(store, id, gaps);
    } catch (RuntimeException e) { // the recording goes on; closing it later recomputes the laps
      LOG.warn("session {}: laps before the interruption not recovered: {}", id, e.getMessage());
      return List.of();
    }
  }

  private static Lap shifted(Lap l, long byNanos) {
    return new Lap(
        l.car(),
        l.number(),
        l.startNanos() + byNanos,
        l.endNanos() + byNanos,
        l.sectorTimesS(),
        l.valid());
  }

  /**
   * Laps detected in the samples of a session that had none stored, in the source's time base (the
   * recording shifts them back to where they were driven); to be stored before any new lap.
   */
  List<Lap> recovered() {
    return recovered;
  }

  /** Hands the stored laps to a timer that has seen no sample yet. */
  void seed(LapTimer timer) {
    if (!priorLaps.isEmpty()) {
      timer.continueAfter(priorLaps, this::lapDistanceOf);
    }
  }

  /** The stored lapDistance samples of a prior lap, in the source's time base. */
  private SampleBlock lapDistanceOf(Lap lap) {
    Optional<Channel> channel =
        store.channels(sessionId).stream()
            .map(ChannelSummary::channel)
            .filter(c -> c.car() == lap.car() && c.name().equals(LapTimer.LAP_DISTANCE))
            .findFirst();
    if (channel.isEmpty()) {
      return new SampleBlockBuilder(new Channel(LapTimer.LAP_DISTANCE, "m", 1), 1).build();
    }
    SampleBlock stored =
        store.read(
            sessionId,
            channel.get(),
            lap.startNanos() + resumeAtNanos,
            lap.endNanos() + resumeAtNanos);
    SampleBlockBuilder shifted = new SampleBlockBuilder(channel.get(), stored.size() + 1);
    for (int i = 0; i < stored.size(); i++) {
      shifted.add(stored.timeNanos(i) - resumeAtNanos, stored.value(i));
    }
    return shifted.build();
  }

  /** {@code lap} as a fresh lap timer would have numbered it: the store numbers on itself. */
  Lap forRecorder(Lap lap) {
    int before = lastNumbers.getOrDefault(lap.car(), 0);
    if (before == 0) {
      return lap;
    }
    return new Lap(
        lap.car(),
        lap.number() - before,
        lap.startNanos(),
        lap.endNanos(),
        lap.sectorTimesS(),
        lap.valid());
  }

  /** Session time of a sample time of the source. */
  long sessionNanos(long sourceNanos) {
    return sourceNanos + resumeAtNanos;
  }
}
