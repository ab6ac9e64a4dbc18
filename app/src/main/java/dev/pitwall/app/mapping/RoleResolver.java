package dev.pitwall.app.mapping;

import dev.pitwall.core.telemetry.Channel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which source channel feeds each {@link ScreenRole}: the channel map's line when there is
 * one, else a channel with the role's own name, else the best alias ({@link ScreenRole#nameRank})
 * whose unit converts to the role's (or says nothing). Pure; the problems it finds are returned as
 * sentences, never thrown: a mapped channel the source lacks must not stop a session.
 */
public final class RoleResolver {
  private RoleResolver() {}

  /** The outcome: bindings of the roles that are fed, and what the engineer should know. */
  public record Resolution(Map<ScreenRole, RoleBinding> bindings, List<String> problems) {
    public Resolution {
      bindings = Map.copyOf(bindings);
      problems = List.copyOf(problems);
    }

    public static Resolution empty() {
      return new Resolution(Map.of(), List.of());
    }

    public Optional<RoleBinding> binding(ScreenRole role) {
      return Optional.ofNullable(bindings.get(role));
    }
  }

  /**
   * @param channels channels of car 0 known so far (declared or seen), in order of appearance
   */
  public static Resolution resolve(ChannelMap map, List<Channel> channels) {
    Map<String, String> unitOf = new LinkedHashMap<>();
    for (Channel c : channels) {
      if (c.car() == 0) {
        unitOf.putIfAbsent(c.name(), c.unit());
      }
    }
    Map<ScreenRole, RoleBinding> bindings = new EnumMap<>(ScreenRole.class);
    List<String> problems = new ArrayList<>();
    for (ScreenRole role : ScreenRole.values()) {
      Optional<RoleSource> line = map.get(role);
      RoleBinding b =
          line.isPresent() ? mapped(role, line.get(), unitOf, problems) : automatic(role, unitOf);
      if (b != null) {
        bindings.put(role, b);
      }
    }
    return new Resolution(bindings, problems);
  }

  private static RoleBinding mapped(
      ScreenRole role, RoleSource line, Map<String, String> unitOf, List<String> problems) {
    if (line.isNone()) {
      return null;
    }
    String key = role.key();
    if (!line.channel().equals(key) && unitOf.containsKey(key)) {
      problems.add(
          key + " = " + line.text() + " ignored: the source has its own '" + key + "' channel");
      return sameName(role, unitOf.get(key));
    }
    String sourceUnit = unitOf.get(line.channel());
    if (sourceUnit == null) {
      problems.add(key + " = " + line.channel() + ": the source has no such channel (yet)");
      return null;
    }
    UnitConversion scale = new UnitConversion(line.factor(), line.offset());
    String unit = line.unit() != null ? line.unit() : line.scaled() ? role.unit() : sourceUnit;
    Optional<UnitConversion> toRole = UnitConversion.between(unit, role.unit());
    if (toRole.isPresent()) {
      return new RoleBinding(
          role,
          line.channel(),
          scale.andThen(toRole.get()),
          role.unit(),
          RoleBinding.Origin.MAPPED);
    }
    if (UnitConversion.unitless(unit)) {
      return new RoleBinding(role, line.channel(), scale, role.unit(), RoleBinding.Origin.MAPPED);
    }
    if (!role.alsoShown().contains(unit)) {
      problems.add(
          key
              + " = "
              + line.text()
              + ": unit '"
              + unit
              + "' is not "
              + role.unit()
              + "; shown unconverted");
    }
    return new RoleBinding(role, line.channel(), scale, unit, RoleBinding.Origin.MAPPED);
  }

  private static RoleBinding automatic(ScreenRole role, Map<String, String> unitOf) {
    if (unitOf.containsKey(role.key())) {
      return sameName(role, unitOf.get(role.key()));
    }
    RoleBinding best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Map.Entry<String, String> e : unitOf.entrySet()) {
      int rank = role.nameRank(e.getKey());
      if (rank < 0 || rank >= bestRank) {
        continue;
      }
      RoleBinding b = byUnit(role, e.getKey(), e.getValue());
      if (b != null) {
        double sign = role.aliasFactor(e.getKey());
        best =
            sign == 1
                ? b
                : new RoleBinding(
                    role,
                    b.channel(),
                    new UnitConversion(sign, 0).andThen(b.conversion()),
                    b.unit(),
                    b.origin());
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * A fitting name is used when its unit converts, says nothing (then shown as "-": a DBC signal
   * without a unit may be raw counts), or is one the role shows as it is.
   */
  private static RoleBinding byUnit(ScreenRole role, String channel, String unit) {
    Optional<UnitConversion> c = UnitConversion.between(unit, role.unit());
    if (c.isPresent()) {
      return new RoleBinding(role, channel, c.get(), role.unit(), RoleBinding.Origin.AUTOMATIC);
    }
    if (UnitConversion.unitless(unit)) {
      // the name fits but the source gives no unit: show it, without claiming the role's unit
      return new RoleBinding(
          role, channel, UnitConversion.IDENTITY, "-", RoleBinding.Origin.AUTOMATIC);
    }
    if (role.alsoShown().contains(unit)) {
      return new RoleBinding(
          role, channel, UnitConversion.IDENTITY, unit, RoleBinding.Origin.AUTOMATIC);
    }
    return null;
  }

  private static RoleBinding sameName(ScreenRole role, String unit) {
    return new RoleBinding(
        role, role.key(), UnitConversion.IDENTITY, unit, RoleBinding.Origin.SAME_NAME);
  }
}
