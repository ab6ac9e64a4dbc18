package dev.pitwall.app.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.mapping.RoleBinding.Origin;
import dev.pitwall.app.mapping.RoleResolver.Resolution;
import dev.pitwall.core.telemetry.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleResolverTest {
  private static Channel ch(String name, String unit) {
    return new Channel(name, unit, 50);
  }

  @Test
  void rav4SignalsFillRolesByAliasAndUnit() {
    Resolution r =
        RoleResolver.resolve(
            ChannelMap.automatic(),
            List.of(
                ch("PCM_CRUISE_2.SET_SPEED", "kph"),
                ch("SPEED.SPEED", "kph"),
                ch("ENGINE_RPM.RPM", "rpm"),
                ch("STEER_ANGLE_SENSOR.STEER_ANGLE", "deg"),
                ch("KINEMATICS.ACCEL_Y", "m/s^2"),
                ch("GEAR_PACKET.GEAR", "")));
    assertEquals("SPEED.SPEED", r.binding(ScreenRole.SPEED).orElseThrow().channel());
    assertEquals(Origin.AUTOMATIC, r.binding(ScreenRole.SPEED).orElseThrow().origin());
    assertEquals("ENGINE_RPM.RPM", r.binding(ScreenRole.RPM).orElseThrow().channel());
    assertEquals(
        "STEER_ANGLE_SENSOR.STEER_ANGLE", r.binding(ScreenRole.STEERING).orElseThrow().channel());
    RoleBinding lat = r.binding(ScreenRole.ACC_LAT).orElseThrow();
    assertEquals(1.0, lat.conversion().apply(9.80665), 1e-12, "m/s^2 -> g");
    assertEquals("GEAR_PACKET.GEAR", r.binding(ScreenRole.GEAR).orElseThrow().channel());
    assertTrue(r.binding(ScreenRole.THROTTLE).isEmpty(), "nothing fits throttle");
    assertTrue(r.problems().isEmpty(), r.problems().toString());
  }

  @Test
  void f1GameNamesFillRolesIncludingPercentBrakeAndSteer() {
    Resolution r =
        RoleResolver.resolve(
            ChannelMap.automatic(),
            List.of(
                ch("speed", "km/h"),
                ch("brake", "%"),
                ch("steer", "%"),
                ch("worldPosX", "m"),
                ch("worldPosZ", "m"),
                ch("fuelMass", "kg")));
    assertEquals(Origin.SAME_NAME, r.binding(ScreenRole.SPEED).orElseThrow().origin());
    assertTrue(r.binding(ScreenRole.SPEED).orElseThrow().direct());
    assertEquals("%", r.binding(ScreenRole.BRAKE).orElseThrow().unit(), "shown unconverted");
    assertEquals("steer", r.binding(ScreenRole.STEERING).orElseThrow().channel());
    assertEquals("worldPosX", r.binding(ScreenRole.POS_X).orElseThrow().channel());
    assertEquals("worldPosZ", r.binding(ScreenRole.POS_Y).orElseThrow().channel());
    assertEquals("kg", r.binding(ScreenRole.FUEL).orElseThrow().unit());
  }

  @Test
  void aliasWithAnIncompatibleUnitIsNotUsed() {
    Resolution r =
        RoleResolver.resolve(ChannelMap.automatic(), List.of(ch("VEHICLE_SPEED", "bar")));
    assertTrue(r.binding(ScreenRole.SPEED).isEmpty());
  }

  @Test
  void mappedChannelWinsOverAliasAndIsScaledThenConverted() {
    ChannelMap map =
        ChannelMap.automatic()
            .with(ScreenRole.SPEED, new RoleSource("WHEEL_SPEEDS.WHEEL_SPEED_FL", 0.5, 0, "m/s"));
    Resolution r =
        RoleResolver.resolve(
            map, List.of(ch("SPEED.SPEED", "kph"), ch("WHEEL_SPEEDS.WHEEL_SPEED_FL", "kph")));
    RoleBinding b = r.binding(ScreenRole.SPEED).orElseThrow();
    assertEquals(Origin.MAPPED, b.origin());
    assertEquals(18.0, b.conversion().apply(10), 1e-9, "10 * 0.5 m/s = 18 km/h");
  }

  @Test
  void mappedChannelMissingFromTheSourceIsAProblemNotAnError() {
    ChannelMap map = ChannelMap.automatic().with(ScreenRole.RPM, RoleSource.of("ECU.RPM"));
    Resolution r = RoleResolver.resolve(map, List.of(ch("SPEED.SPEED", "kph")));
    assertTrue(r.binding(ScreenRole.RPM).isEmpty());
    assertEquals(List.of("rpm = ECU.RPM: the source has no such channel (yet)"), r.problems());
    assertTrue(r.binding(ScreenRole.SPEED).isPresent(), "the rest still maps");
  }

  @Test
  void noneSwitchesAutomaticMappingOff() {
    ChannelMap map = ChannelMap.automatic().with(ScreenRole.SPEED, RoleSource.none());
    assertFalse(
        RoleResolver.resolve(map, List.of(ch("SPEED.SPEED", "kph")))
            .binding(ScreenRole.SPEED)
            .isPresent());
  }

  @Test
  void mappingOverASourcesOwnRoleNameIsIgnoredWithAMessage() {
    ChannelMap map = ChannelMap.automatic().with(ScreenRole.SPEED, RoleSource.of("gpsSpeed"));
    Resolution r = RoleResolver.resolve(map, List.of(ch("speed", "km/h"), ch("gpsSpeed", "km/h")));
    assertTrue(r.binding(ScreenRole.SPEED).orElseThrow().direct());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).contains("own 'speed' channel"), r.problems().toString());
  }

  @ParameterizedTest
  @CsvSource({
    "kph, km/h, 100, 100",
    "m/s, km/h, 10, 36",
    "mph, km/h, 100, 160.9344",
    "kPa, bar, 250, 2.5",
    "psi, bar, 14.5037738, 1",
    "rad, deg, 3.14159265358979, 180",
    "m/s2, g, 9.80665, 1",
    "degF, degC, 212, 100",
  })
  void convertsUnits(String from, String to, double value, double expected) {
    assertEquals(expected, UnitConversion.between(from, to).orElseThrow().apply(value), 1e-6);
  }

  @Test
  void unrelatedUnitsDoNotConvert() {
    assertTrue(UnitConversion.between("bar", "km/h").isEmpty());
    assertTrue(UnitConversion.between("%", "bar").isEmpty());
  }
}
