package dev.pitwall.analytics.race.param;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundCoeffsTest {

  @ParameterizedTest(name = "{0} at age {5}")
  @CsvSource({
    "LIN,  0.5, 0.02,  0,      0,     10, 0.7",
    "QUAD, 0.5, 0.01,  0.001,  0,     10, 0.7",
    "CUB,  0.5, 0.01,  0.001,  0.0001, 10, 0.8",
    "LN,   0.5, 1.0,   0.5,    0,     2,  1.1931471805599454",
    "LIN,  0.0, 0.0232, 0,     0,     0,  0.0"
  })
  void degradationFollowsTheModel(
      TyreModel model, double k0, double k1, double k2, double k3, double age, double expectedS) {
    assertEquals(expectedS, new CompoundCoeffs(k0, k1, k2, k3).timeLossS(model, age), 1e-12);
  }
}
