package dev.pitwall.analytics.tyre;

/**
 * The shape of fuel-corrected lap time against tyre age within a compound. CLIFF is linear plus a
 * hinge {@code k * max(0, age - cliffAge)}; its cliff age is chosen from a grid.
 */
public enum DegradationForm {
  LINEAR,
  QUADRATIC,
  LOGARITHMIC,
  CLIFF;

  /** Basis values at {@code ageLaps} (no intercept: stint levels are separate). */
  double[] basis(double ageLaps, double cliffAgeLaps) {
    double age = Math.max(0, ageLaps);
    return switch (this) {
      case LINEAR -> new double[] {age};
      case QUADRATIC -> new double[] {age, age * age / 10.0};
      case LOGARITHMIC -> new double[] {Math.log1p(age)};
      case CLIFF -> new double[] {age, Math.max(0, age - cliffAgeLaps)};
    };
  }
}
