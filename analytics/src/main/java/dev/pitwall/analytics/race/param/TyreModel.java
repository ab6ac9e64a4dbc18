package dev.pitwall.analytics.race.param;

/** Degradation model of a tyre set; age a in laps, result in seconds. */
public enum TyreModel {
  LIN,
  QUAD,
  CUB,
  LN;

  static TyreModel parse(ParamNode node) {
    return switch (node.asString()) {
      case "lin" -> LIN;
      case "quad" -> QUAD;
      case "cub" -> CUB;
      case "ln" -> LN;
      default ->
          throw node.fail("unknown tyre model \"" + node.asString() + "\" (lin, quad, cub, ln)");
    };
  }
}
