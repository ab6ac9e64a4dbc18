package dev.pitwall.analytics.race.param;

/**
 * Degradation coefficients of one compound for the active model: {@code t = k0 + k1*a + k2*a^2 +
 * k3*a^3} (lin/quad/cub; unused terms 0) or {@code t = k0 + k1*ln(k2*a + 1)} (ln). Seconds.
 */
public record CompoundCoeffs(double k0, double k1, double k2, double k3) {

  /** Time loss in s at degradation age {@code ageLaps} under {@code model}. */
  public double timeLossS(TyreModel model, double ageLaps) {
    return switch (model) {
      case LIN -> k0 + k1 * ageLaps;
      case QUAD -> k0 + k1 * ageLaps + k2 * (ageLaps * ageLaps);
      case CUB -> k0 + k1 * ageLaps + k2 * (ageLaps * ageLaps) + k3 * (ageLaps * ageLaps * ageLaps);
      case LN -> k0 + k1 * Math.log(k2 * ageLaps + 1.0);
    };
  }
}
