package dev.pitwall.app.mapping;

import dev.pitwall.app.mapping.RoleResolver.Resolution;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sits between a source and the sample bus: passes every block on unchanged, and for a source
 * channel that feeds a {@link ScreenRole} under another name also publishes a converted copy under
 * the role's name (for every car), so gauges, charts, track map, lap timer and recording all see
 * {@code speed} while the raw {@code SPEED.SPEED} stays recorded as it came.
 *
 * <p>The mapping is re-resolved when a new channel name appears and when the engineer changes the
 * map. A derived channel keeps the unit it was first published with for the whole session: the
 * store allows one unit per channel name.
 *
 * <p>Thread contract: {@link #publish} is called by the source's thread; {@link #apply}, {@link
 * #map()} and {@link #resolution()} by any thread (the UI).
 */
public final class MappingSink implements SampleSink {
  private final SampleSink downstream;
  private final List<Channel> known = new CopyOnWriteArrayList<>();
  private final Set<String> knownNames = ConcurrentHashMap.newKeySet();
  private final Map<String, Channel> derived = new ConcurrentHashMap<>();
  private volatile ChannelMap map;
  private volatile Resolution resolution = Resolution.empty();
  private volatile Map<String, RoleBinding[]> bySource = Map.of();

  /**
   * @param declared channels the source announces before streaming (a DBC's signals), so a role's
   *     own name is known before an alias of it is seen
   */
  public MappingSink(SampleSink downstream, ChannelMap map, List<Channel> declared) {
    this.downstream = Objects.requireNonNull(downstream);
    this.map = Objects.requireNonNull(map);
    for (Channel c : declared) {
      learn(c);
    }
    resolve();
  }

  @Override
  public void publish(SampleBlock block) {
    downstream.publish(block);
    Channel c = block.channel();
    if (!knownNames.contains(c.name()) && learn(c)) {
      resolve();
    }
    RoleBinding[] bindings = bySource.get(c.name());
    if (bindings != null) {
      for (RoleBinding b : bindings) {
        downstream.publish(derive(b, block));
      }
    }
  }

  private boolean learn(Channel c) {
    if (c.car() != 0) {
      c = new Channel(c.name(), c.unit(), c.nominalRateHz()); // a map names channels, not cars
    }
    if (knownNames.add(c.name())) {
      known.add(c);
      return true;
    }
    return false;
  }

  private SampleBlock derive(RoleBinding b, SampleBlock block) {
    Channel src = block.channel();
    Channel out =
        derived.computeIfAbsent(
            src.car() + "/" + b.role().key(),
            k -> new Channel(b.role().key(), b.unit(), src.nominalRateHz(), src.car()));
    int n = block.size();
    double[] values = new double[n];
    UnitConversion conv = b.conversion();
    for (int i = 0; i < n; i++) {
      values[i] = conv.apply(block.value(i));
    }
    return new SampleBlock(out, block.times(), values, n);
  }

  /** Uses {@code newMap} from the next block on. */
  public void apply(ChannelMap newMap) {
    map = Objects.requireNonNull(newMap);
    resolve();
  }

  private synchronized void resolve() {
    Resolution r = RoleResolver.resolve(map, List.copyOf(known));
    Map<String, List<RoleBinding>> by = new HashMap<>();
    for (RoleBinding b : r.bindings().values()) {
      if (!b.direct()) {
        by.computeIfAbsent(b.channel(), k -> new ArrayList<>()).add(b);
      }
    }
    Map<String, RoleBinding[]> frozen = new HashMap<>();
    by.forEach((k, v) -> frozen.put(k, v.toArray(RoleBinding[]::new)));
    bySource = Map.copyOf(frozen);
    resolution = r;
  }

  public ChannelMap map() {
    return map;
  }

  /** The bindings and problems now. */
  public Resolution resolution() {
    return resolution;
  }

  /** Source channel names of car 0 known so far, in order of appearance. */
  public List<String> sourceChannels() {
    return known.stream().map(Channel::name).toList();
  }
}
