package dev.pitwall.analytics.tyre;

import java.util.Arrays;

/**
 * Fitted fuel-corrected degradation of one compound: {@code f(age) = sum coef_i * basis_i(age)} in
 * seconds, up to a per-stint constant. Immutable; thread-safe.
 */
public record CompoundProfile(
    String compound, DegradationForm form, double cliffAgeLaps, double[] coefficients) {
  public CompoundProfile {
    coefficients = coefficients.clone();
  }

  /** Fuel-corrected lap-time change (s) from tyre age {@code fromAge} to {@code toAge}. */
  public double deltaS(double fromAge, double toAge) {
    return value(toAge) - value(fromAge);
  }

  double value(double ageLaps) {
    double[] b = form.basis(ageLaps, cliffAgeLaps);
    double sum = 0;
    for (int i = 0; i < b.length; i++) {
      sum += b[i] * coefficients[i];
    }
    return sum;
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  @Override
  public String toString() {
    String cliff = form == DegradationForm.CLIFF ? " cliff at " + cliffAgeLaps + " laps" : "";
    return compound + " " + form + cliff + " " + Arrays.toString(coefficients);
  }
}
