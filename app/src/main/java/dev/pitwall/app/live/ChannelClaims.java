package dev.pitwall.app.live;

import dev.pitwall.core.telemetry.Channel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who owns a channel name in a session fed by several sources. The first source to claim a name (a
 * channel it declares before starting, else the first block it publishes) keeps it; the same name
 * from another source is renamed {@code LABEL.name} (e.g. {@code nmea.speed} next to the
 * simulator's {@code speed}), and the rename is logged and listed so the user is told.
 *
 * <p>Thread contract: any thread; each source's sink calls {@link #resolve} on its own threads.
 */
final class ChannelClaims {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelClaims.class);

  /** channel identity (car + name) → label of the owning source. */
  private final Map<String, String> owners = new ConcurrentHashMap<>();

  private final List<Rename> renames = new CopyOnWriteArrayList<>();

  private record Rename(String label, String text) {}

  /** Claims the name for {@code label} if nobody owns it yet (declared channels, before start). */
  void declare(String label, Channel channel) {
    owners.putIfAbsent(channel.key(), label);
  }

  /** The channel under which {@code label}'s {@code channel} is published in the session. */
  Channel resolve(String label, String uri, Channel channel) {
    String owner = owners.putIfAbsent(channel.key(), label);
    if (owner == null || owner.equals(label)) {
      return channel;
    }
    Channel renamed =
        new Channel(
            label + "." + channel.name(), channel.unit(), channel.nominalRateHz(), channel.car());
    owners.putIfAbsent(renamed.key(), label);
    String note =
        channel.key() + " of " + uri + " recorded as " + renamed.key() + " (" + owner + " has it)";
    renames.add(new Rename(label, note));
    LOG.warn("channel name clash: {}", note);
    return renamed;
  }

  /** One line per renamed channel, e.g. {@code speed of nmea:… recorded as nmea.speed (sim …)}. */
  List<String> renames() {
    return renames.stream().map(Rename::text).toList();
  }

  /** Renames of the source labelled {@code label}. */
  List<String> renamesOf(String label) {
    return renames.stream().filter(r -> r.label().equals(label)).map(Rename::text).toList();
  }
}
