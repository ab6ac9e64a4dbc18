package dev.pitwall.core.replay;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The channels of a replayed session with their read-ahead buffers, in the order they are published
 * (on-screen channels first when asked), and the session's first sample time.
 *
 * <p>{@link #prioritise} may be called from any thread; the buffers belong to the reader thread.
 */
final class ReplayChannels {
  private final SessionStore store;
  private final long sessionId;
  private final List<Channel> channels;
  private final List<ReadAhead> readAheads;
  private volatile List<ReadAhead> publishOrder;

  ReplayChannels(SessionStore store, long sessionId, List<Channel> channels) {
    this.store = store;
    this.sessionId = sessionId;
    this.channels = List.copyOf(channels);
    this.readAheads = this.channels.stream().map(c -> new ReadAhead(store, sessionId, c)).toList();
    this.publishOrder = readAheads;
  }

  List<Channel> channels() {
    return channels;
  }

  List<ReadAhead> inPublishOrder() {
    return publishOrder;
  }

  /** Own-car channels named in {@code names} go first, in that order; the rest keep theirs. */
  void prioritise(List<String> names) {
    List<Integer> order = new ArrayList<>();
    for (String name : names) {
      for (int i = 0; i < channels.size(); i++) {
        if (channels.get(i).name().equals(name) && channels.get(i).car() == 0) {
          order.add(i);
        }
      }
    }
    for (int i = 0; i < channels.size(); i++) {
      if (!order.contains(i)) {
        order.add(i);
      }
    }
    publishOrder = order.stream().map(readAheads::get).toList();
  }

  /**
   * Time of the session's first sample: windows from 0 doubling in length until one holds a sample,
   * so only about twice the lead-in is ever read. 0 for a session without samples.
   */
  long firstSampleNanos() {
    for (long windowNanos = 1_000_000_000L; windowNanos > 0; windowNanos *= 2) {
      long first = Long.MAX_VALUE;
      for (Channel c : channels) {
        SampleBlock b = store.read(sessionId, c, 0, windowNanos);
        if (!b.isEmpty()) {
          first = Math.min(first, b.firstTimeNanos());
        }
      }
      if (first != Long.MAX_VALUE || channels.isEmpty()) {
        return first == Long.MAX_VALUE ? 0 : first;
      }
    }
    return 0;
  }
}
