package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.param.PitStop;
import java.util.List;

/** A future plan: stops still to make, in lap order (empty = run to the flag). */
public record Strategy(List<PitStop> futureStops) {

  public Strategy {
    futureStops = List.copyOf(futureStops);
  }

  public int stops() {
    return futureStops.size();
  }

  /** Lap of the next stop, or {@code Integer.MAX_VALUE} when staying out to the end. */
  public int nextPitLap() {
    return futureStops.isEmpty() ? Integer.MAX_VALUE : futureStops.get(0).inlap();
  }

  /** Same stop count and compound sequence (pit laps may differ). */
  public boolean sameFamily(Strategy o) {
    if (o.stops() != stops()) {
      return false;
    }
    for (int i = 0; i < stops(); i++) {
      if (!o.futureStops.get(i).compound().equals(futureStops.get(i).compound())) {
        return false;
      }
    }
    return true;
  }

  /** e.g. "L18 A4 → L40 A3" or "no stop". */
  public String label() {
    if (futureStops.isEmpty()) {
      return "no stop";
    }
    StringBuilder b = new StringBuilder();
    for (PitStop p : futureStops) {
      if (b.length() > 0) {
        b.append(" → ");
      }
      b.append("L").append(p.inlap()).append(' ').append(CompoundNames.display(p.compound()));
    }
    return b.toString();
  }
}
