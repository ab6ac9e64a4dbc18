package dev.pitwall.analytics.race.param;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** EVENT_PARS: neutralisations and retirements, sorted by start as the reference does. */
final class EventReader {
  private EventReader() {}

  static EventSpec read(ParamNode n, RaceRules rules) {
    ParamNode fcy = n.get("fcy_data");
    ParamNode ret = n.get("retire_data");
    ParamNode phasesNode = fcy.get("phases");
    ParamNode retNode = ret.get("retirements");
    boolean fcyTime = domain(fcy.get("domain"));
    boolean retTime = domain(ret.get("domain"));
    List<FcyPhaseSpec> phases = new ArrayList<>();
    if (!phasesNode.isNull()) {
      for (ParamNode p : phasesNode.elements()) {
        phases.add(phase(p, fcyTime, rules.totalLaps()));
      }
    }
    List<RetirementSpec> retirements = new ArrayList<>();
    if (!retNode.isNull()) {
      for (ParamNode r : retNode.elements()) {
        retirements.add(retirement(r, retTime, rules));
      }
    }
    return new EventSpec(
        mode(phasesNode),
        fcyTime,
        RaceFileReader.sorted(phases, Comparator.comparingDouble(FcyPhaseSpec::start)),
        mode(retNode),
        retTime,
        RaceFileReader.sorted(retirements, Comparator.comparingDouble(RetirementSpec::at)));
  }

  private static EventSpec.Mode mode(ParamNode list) {
    if (list.isNull()) {
      return EventSpec.Mode.NONE;
    }
    return list.elements().isEmpty() ? EventSpec.Mode.RANDOM : EventSpec.Mode.GIVEN;
  }

  private static boolean domain(ParamNode d) {
    return switch (d.asString()) {
      case "progress" -> false;
      case "time" -> true;
      default ->
          throw d.fail("domain must be \"progress\" or \"time\", got \"" + d.asString() + "\"");
    };
  }

  private static FcyPhaseSpec phase(ParamNode p, boolean time, int laps) {
    List<ParamNode> f = p.elements();
    if (f.size() != 5) {
      throw p.fail(
          "a neutralisation is [start, end, type, SC delay, SC duration], got "
              + f.size()
              + " values");
    }
    double start = f.get(0).asDouble(0, true, time ? 1e6 : laps, true);
    double end = f.get(1).asDouble(start, false, time ? 1e6 : laps, true);
    String type = f.get(2).asString();
    if (!type.equals("SC") && !type.equals("VSC")) {
      throw f.get(2).fail("type must be \"SC\" or \"VSC\", got \"" + type + "\"");
    }
    boolean sc = type.equals("SC");
    if (time && sc) {
      return new FcyPhaseSpec(
          start, end, true, f.get(3).asDouble(0, true, 100, true), f.get(4).asInt(2, 10));
    }
    for (int i = 3; i < 5; i++) {
      if (!f.get(i).isNull()) {
        throw f.get(i)
            .fail(
                "SC delay and duration are only given for an SC in the time domain; expected null");
      }
    }
    return new FcyPhaseSpec(start, end, sc, Double.NaN, Double.NaN);
  }

  private static RetirementSpec retirement(ParamNode r, boolean time, RaceRules rules) {
    List<ParamNode> f = r.elements();
    if (f.size() != 2) {
      throw r.fail("a retirement is [initials, start], got " + f.size() + " values");
    }
    String initials = f.get(0).asString();
    if (!rules.participants().contains(initials)) {
      throw f.get(0).fail("retiring driver " + initials + " is not a participant");
    }
    return new RetirementSpec(
        initials, f.get(1).asDouble(0, true, time ? 1e6 : rules.totalLaps(), true));
  }
}
