package dev.pitwall.analytics.tyre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileFitterTest {
  static Stream<Arguments> curves() {
    DoubleUnaryOperator linear = a -> 0.08 * a;
    DoubleUnaryOperator quadratic = a -> 0.02 * a + 0.004 * a * a;
    DoubleUnaryOperator log = a -> 0.5 * Math.log1p(a);
    DoubleUnaryOperator cliff = a -> 0.04 * a + 0.3 * Math.max(0, a - 16);
    return Stream.of(
        Arguments.of(DegradationForm.LINEAR, 0.0, linear),
        Arguments.of(DegradationForm.QUADRATIC, 0.0, quadratic),
        Arguments.of(DegradationForm.LOGARITHMIC, 0.0, log),
        Arguments.of(DegradationForm.CLIFF, 16.0, cliff));
  }

  @ParameterizedTest
  @MethodSource("curves")
  void recoversTheTyreCurveOfEachFormFromFuelCorrectedLaps(
      DegradationForm form, double cliff, DoubleUnaryOperator curve) {
    List<Stint> stints = SyntheticStints.make(4, 10, 22, "SOFT", curve, 0.05);
    CompoundProfile p = ProfileFitter.fit("SOFT", stints, form, cliff);
    for (double age : new double[] {5, 12, 20}) {
      double expected = curve.applyAsDouble(age) - curve.applyAsDouble(1);
      assertEquals(expected, p.deltaS(1, age), 0.03, form + " at age " + age + ": " + p);
    }
  }

  @ParameterizedTest
  @MethodSource("curves")
  void trainerPicksAFormThatPredictsTheCurveOutOfSample(
      DegradationForm form, double cliff, DoubleUnaryOperator curve) {
    List<Stint> stints = SyntheticStints.make(4, 10, 22, "SOFT", curve, 0.05);
    TyreModel model = new TyreModelTrainer(5, 5).train(stints);
    CompoundProfile p = model.profile("SOFT");
    double expected = curve.applyAsDouble(20) - curve.applyAsDouble(6);
    assertEquals(expected, p.deltaS(6, 20), 0.08, "chose " + p);
  }
}
