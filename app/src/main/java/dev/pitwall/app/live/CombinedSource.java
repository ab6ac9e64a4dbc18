package dev.pitwall.app.live;

import dev.pitwall.app.ui.sources.SourceLink;
import dev.pitwall.core.source.SourceError;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceLifecycle;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Several sources feeding one session (a CAN bus and a GPS at the same time), seen as one {@link
 * TelemetrySource}: one sink, one time base, one lifecycle; sources can be added and removed while
 * it runs.
 *
 * <ul>
 *   <li>Labels: the URI scheme ({@code sim}, {@code candump}, {@code nmea}, …), numbered from the
 *       second of a kind ({@code nmea2}).
 *   <li>Channel names: kept; on a clash the later source's channel becomes {@code LABEL.name} (see
 *       {@link ChannelClaims}), which {@link #renames()} and each {@link SourceLink} report.
 *   <li>Time base: nanoseconds since this source started. Sources started with it keep their own
 *       times (each starts its clock at its start); a source added later is shifted by the session
 *       time reached when it joined (the latest sample time seen, or wall time since start if that
 *       is later), so its samples continue the session's timeline.
 *   <li>State: {@link SourceState#STOPPED} when stopped or when every member has stopped (their
 *       input ended); otherwise the liveliest member's state (STREAMING before STALLED before
 *       RECONNECTING before CONNECTING before DISCONNECTED). With one member it mirrors that
 *       member.
 * </ul>
 *
 * <p>Thread contract: members publish on their own threads through per-member sinks; {@link #add},
 * {@link #remove}, {@link #stop} and the accessors may be called from any thread.
 */
public final class CombinedSource implements TelemetrySource {
  private static final List<SourceState> LIVELINESS =
      List.of(
          SourceState.STREAMING,
          SourceState.STALLED,
          SourceState.RECONNECTING,
          SourceState.CONNECTING,
          SourceState.DISCONNECTED);

  private final List<Member> members = new CopyOnWriteArrayList<>();
  private final ChannelClaims claims = new ChannelClaims();
  private final SourceLifecycle lifecycle = new SourceLifecycle("combined");
  private final AtomicLong latestNanos = new AtomicLong();
  private volatile SampleSink sink;
  private volatile long startNanos;
  private volatile boolean stopped;

  /** A source fed by {@code sources}, in this order (the first keeps clashing names). */
  public static CombinedSource of(List<? extends TelemetrySource> sources) {
    CombinedSource combined = new CombinedSource();
    for (TelemetrySource s : sources) {
      combined.join(s, 0);
    }
    return combined;
  }

  public static CombinedSource of(TelemetrySource source) {
    return of(List.of(source));
  }

  /** One member: its label, its shift onto the session's time base and its sink. */
  private final class Member implements SampleSink {
    final String label;
    final TelemetrySource source;
    final long offsetNanos;

    /** source channel → session channel; decided once per channel (a rename is noted once). */
    final Map<Channel, Channel> names = new ConcurrentHashMap<>();

    Member(String label, TelemetrySource source, long offsetNanos) {
      this.label = label;
      this.source = source;
      this.offsetNanos = offsetNanos;
    }

    Channel sessionChannel(Channel own) {
      return names.computeIfAbsent(own, c -> claims.resolve(label, source.uri(), c));
    }

    @Override
    public void publish(SampleBlock block) {
      Channel channel = sessionChannel(block.channel());
      SampleBlock out = block;
      if (offsetNanos != 0 || channel != block.channel()) {
        long[] times = new long[block.size()];
        block.copyTimes(times, 0);
        for (int i = 0; i < times.length; i++) {
          times[i] += offsetNanos;
        }
        out = new SampleBlock(channel, times, block.values(), block.size());
      }
      if (!out.isEmpty()) {
        latestNanos.accumulateAndGet(out.lastTimeNanos(), Math::max);
      }
      sink.publish(out);
    }
  }

  private synchronized Member join(TelemetrySource source, long offsetNanos) {
    Member m = new Member(labelFor(source.uri()), source, offsetNanos);
    for (Channel c : declaredChannels(source)) {
      claims.declare(m.label, c);
    }
    members.add(m);
    source.lifecycle().addListener((name, from, to) -> followMembers());
    return m;
  }

  private String labelFor(String uri) {
    String scheme =
        SourceUri.parse(uri).scheme().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    scheme = scheme.isEmpty() ? "source" : scheme;
    Set<String> used = members.stream().map(m -> m.label).collect(Collectors.toSet());
    String label = scheme;
    for (int n = 2; used.contains(label); n++) {
      label = scheme + n;
    }
    return label;
  }

  /** Channels a source names before it starts; health channels of a wrapped hardware link too. */
  private static List<Channel> declaredChannels(TelemetrySource source) {
    List<Channel> out = new ArrayList<>(source.channels());
    if (source instanceof LinkHealthSource) {
      out.addAll(LinkHealthSource.CHANNELS);
    }
    return out;
  }

  /**
   * Adds a source to the running session and starts it.
   *
   * @return the label its clashing channels get
   * @throws IllegalStateException when this source has stopped (the session ended)
   */
  public synchronized String add(TelemetrySource source) {
    if (stopped || sink == null) {
      throw new IllegalStateException("the session has ended: connect the source in a new one");
    }
    long wall = System.nanoTime() - startNanos;
    Member m = join(source, Math.max(wall, latestNanos.get()));
    source.start(m);
    return m.label;
  }

  /**
   * Stops and removes the member labelled {@code label}; its data stays recorded.
   *
   * @throws IllegalArgumentException for an unknown label, or the last member (stop the session)
   */
  public void remove(String label) {
    Member m;
    synchronized (this) {
      m = members.stream().filter(x -> x.label.equals(label)).findFirst().orElse(null);
      if (m == null) {
        throw new IllegalArgumentException("no source " + label + " in this session");
      }
      if (members.size() == 1) {
        throw new IllegalArgumentException(label + " is the only source: close the session");
      }
      members.remove(m);
    }
    m.source.stop();
    followMembers();
  }

  /** Re-derives the combined state from the members' (called on a member's state change). */
  private synchronized void followMembers() {
    SourceState target = targetState();
    if (target == SourceState.STOPPED && !members.isEmpty()) {
      stopped = true;
    }
    for (SourceState step : SourceStatePath.between(lifecycle.state(), target)) {
      lifecycle.moveTo(step);
    }
  }

  private SourceState targetState() {
    if (stopped) {
      return SourceState.STOPPED;
    }
    Set<SourceState> states = new LinkedHashSet<>();
    members.forEach(m -> states.add(m.source.state()));
    for (SourceState s : LIVELINESS) {
      if (states.contains(s)) {
        return s;
      }
    }
    return states.isEmpty() ? lifecycle.state() : SourceState.STOPPED;
  }

  @Override
  public String uri() {
    return members.stream().map(m -> m.source.uri()).collect(Collectors.joining(" + "));
  }

  /** Car, driver and track: the first member that knows each. */
  @Override
  public SourceMetadata metadata() {
    String car = "";
    String driver = "";
    String track = "";
    for (Member m : members) {
      SourceMetadata meta = m.source.metadata();
      car = car.isBlank() ? meta.car() : car;
      driver = driver.isBlank() ? meta.driver() : driver;
      track = track.isBlank() ? meta.track() : track;
    }
    return new SourceMetadata(car, driver, track);
  }

  @Override
  public List<Channel> channels() {
    Set<Channel> all = new LinkedHashSet<>();
    for (Member m : members) {
      m.source.channels().forEach(c -> all.add(m.sessionChannel(c)));
    }
    return List.copyOf(all);
  }

  @Override
  public SourceLifecycle lifecycle() {
    return lifecycle;
  }

  /** Counters summed over the members; the latest error of any; the combined state. */
  @Override
  public SourceHealth health() {
    long[] sum = new long[7];
    SourceError last = null;
    for (Member m : members) {
      SourceHealth h = m.source.health();
      long[] v = {
        h.frames(),
        h.samples(),
        h.invalidFrames(),
        h.decodeErrors(),
        h.unknownIds(),
        h.errorFrames(),
        h.reconnects()
      };
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
      SourceError e = h.lastError();
      last = e != null && (last == null || e.at().isAfter(last.at())) ? e : last;
    }
    return new SourceHealth(
        lifecycle.state(), sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], last);
  }

  /** Each member's health, in the order they joined. */
  public List<SourceLink> links() {
    return members.stream()
        .map(
            m ->
                new SourceLink(
                    m.label, m.source.uri(), m.source.health(), claims.renamesOf(m.label)))
        .toList();
  }

  /** Every rename of a clashing channel so far, one line each. */
  public List<String> renames() {
    return claims.renames();
  }

  @Override
  public synchronized void start(SampleSink target) {
    this.sink = target;
    this.startNanos = System.nanoTime();
    for (Member m : members) {
      m.source.start(m);
    }
  }

  /** Stops every member (in parallel: each may wait up to seconds for its thread). */
  @Override
  public void stop() {
    List<Thread> stopping = new ArrayList<>();
    synchronized (this) {
      stopped = true;
      for (Member m : members) {
        stopping.add(Thread.ofPlatform().name("pitwall-stop-" + m.label).start(m.source::stop));
      }
    }
    for (Thread t : stopping) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    followMembers();
  }
}
