package dev.pitwall.analytics.tyre;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Pooled ridge fit of one degradation form over many stints of one compound. Each stint has its own
 * level (fixed effect, removed by centring within the stint), so only the shape of the
 * fuel-corrected lap time against tyre age is shared. Stateless; thread-safe.
 */
final class ProfileFitter {
  /** Ridge penalty on the shape coefficients (s^2 units of the centred design). */
  static final double RIDGE = 1.0;

  private ProfileFitter() {}

  static CompoundProfile fit(
      String compound, List<Stint> stints, DegradationForm form, double cliffAgeLaps) {
    int p = form.basis(0, cliffAgeLaps).length;
    double[][] xtx = new double[p][p];
    double[] xty = new double[p];
    for (Stint stint : stints) {
      accumulate(stint, form, cliffAgeLaps, xtx, xty);
    }
    RealMatrix a = new Array2DRowRealMatrix(xtx);
    for (int i = 0; i < p; i++) {
      a.addToEntry(i, i, RIDGE);
    }
    RealVector beta = new CholeskyDecomposition(a).getSolver().solve(new ArrayRealVector(xty));
    return new CompoundProfile(compound, form, cliffAgeLaps, beta.toArray());
  }

  private static void accumulate(
      Stint stint, DegradationForm form, double cliff, double[][] xtx, double[] xty) {
    List<StintLap> laps = stint.laps();
    int n = laps.size();
    int p = xty.length;
    if (n < 3) {
      return;
    }
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] meanX = new double[p];
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      x[i] = form.basis(laps.get(i).tyreAgeLaps(), cliff);
      y[i] = FuelCorrection.correctedS(laps.get(i));
      meanY += y[i] / n;
      for (int j = 0; j < p; j++) {
        meanX[j] += x[i][j] / n;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        double xj = x[i][j] - meanX[j];
        xty[j] += xj * (y[i] - meanY);
        for (int m = 0; m < p; m++) {
          xtx[j][m] += xj * (x[i][m] - meanX[m]);
        }
      }
    }
  }
}
