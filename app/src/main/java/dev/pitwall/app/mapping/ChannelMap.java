package dev.pitwall.app.mapping;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The engineer's choices of which source channel feeds which {@link ScreenRole}; roles not
 * mentioned are filled automatically ({@link RoleResolver}). Immutable.
 */
public record ChannelMap(Map<ScreenRole, RoleSource> entries) {
  private static final ChannelMap AUTOMATIC = new ChannelMap(Map.of());

  public ChannelMap {
    EnumMap<ScreenRole, RoleSource> copy = new EnumMap<>(ScreenRole.class);
    copy.putAll(entries);
    entries = Collections.unmodifiableMap(copy);
  }

  /** Everything automatic. */
  public static ChannelMap automatic() {
    return AUTOMATIC;
  }

  public Optional<RoleSource> get(ScreenRole role) {
    return Optional.ofNullable(entries.get(role));
  }

  /** This map with {@code role} set to {@code source}, or back to automatic when null. */
  public ChannelMap with(ScreenRole role, RoleSource source) {
    EnumMap<ScreenRole, RoleSource> copy = new EnumMap<>(ScreenRole.class);
    copy.putAll(entries);
    if (source == null) {
      copy.remove(role);
    } else {
      copy.put(role, source);
    }
    return new ChannelMap(copy);
  }
}
