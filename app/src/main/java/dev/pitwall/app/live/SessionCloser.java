package dev.pitwall.app.live;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.recovery.InterruptedSessions;
import dev.pitwall.core.session.recovery.SessionEvent;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Closes an interrupted or failed session as complete ({@link InterruptedSessions#closeSession}),
 * recomputing its laps from the raw samples first, because laps are derived data and the lap timer
 * died with the recording. Laps are detected as for imports ({@link ImportLapFinder}: GPS line,
 * {@code lapDistance} or {@code lapCount} of car 0); a lap that spans a gap of a continued session
 * is kept but marked invalid. When no lap can be detected (a source without lap channels), the laps
 * the recording stored are kept.
 *
 * <p>Thread contract: call from a background thread (it reads the lap channels of the session);
 * stateless.
 */
public final class SessionCloser {
  private static final Set<String> LAP_CHANNELS =
      Set.of("latitude", "longitude", "lapCount", "lapDistance", "speed");

  private final ImportLapFinder lapFinder = new ImportLapFinder();

  /**
   * @param recomputed whether the laps were recomputed (false: the stored ones were kept)
   */
  public record Result(long sessionId, int laps, boolean recomputed, int gaps) {}

  /**
   * @throws StoreException if the store cannot close sessions, there is no such session, or it is
   *     not INTERRUPTED or FAILED
   */
  public Result close(SessionStore store, long id) {
    if (!(store instanceof InterruptedSessions recovery)) {
      throw new StoreException("this store cannot close interrupted sessions");
    }
    if (store.session(id).isEmpty()) {
      throw new StoreException("there is no session " + id);
    }
    List<SessionEvent> gaps =
        recovery.events(id).stream().filter(e -> e.kind().equals(SessionEvent.GAP)).toList();
    List<Lap> laps = lapsFromSamples(store, id, gaps);
    recovery.closeSession(id, laps.isEmpty() ? null : laps);
    int stored = laps.isEmpty() ? store.laps(id).size() : laps.size();
    return new Result(id, stored, !laps.isEmpty(), gaps.size());
  }

  /**
   * Car 0's laps detected in the raw samples of session {@code id}, invalid where they span one of
   * {@code gaps}; empty when the session has no lap channels. Reads the lap channels: background.
   */
  List<Lap> lapsFromSamples(SessionStore store, long id, List<SessionEvent> gaps) {
    List<SampleBlock> lapChannels = new ArrayList<>();
    for (ChannelSummary c : store.channels(id)) {
      if (c.channel().car() == 0 && LAP_CHANNELS.contains(c.channel().name())) {
        lapChannels.add(store.read(id, c.channel(), 0, Long.MAX_VALUE));
      }
    }
    return lapFinder.find(lapChannels).stream().map(lap -> invalidAcrossGaps(lap, gaps)).toList();
  }

  private static Lap invalidAcrossGaps(Lap lap, List<SessionEvent> gaps) {
    for (SessionEvent gap : gaps) {
      if (lap.startNanos() < gap.endNanos() && gap.startNanos() < lap.endNanos()) {
        return new Lap(
            lap.car(), lap.number(), lap.startNanos(), lap.endNanos(), lap.sectorTimesS(), false);
      }
    }
    return lap;
  }
}
