package dev.pitwall.app.ui.gauge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GearTextTest {
  @ParameterizedTest
  @CsvSource({"-1, R", "0, N", "0.4, N", "1, 1", "6.6, 7", "NaN, -"})
  void showsGearsAsDriversReadThem(double gear, String text) {
    assertEquals(text, GaugePanel.gearText(gear));
  }
}
