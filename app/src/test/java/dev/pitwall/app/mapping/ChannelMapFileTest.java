package dev.pitwall.app.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelMapFileTest {
  @TempDir Path dir;

  @Test
  void readsChannelsFactorsOffsetsUnitsNoneAndAuto() {
    ChannelMap map =
        ChannelMapFile.parse(
            "rav4.map",
            List.of(
                "# RAV4",
                "",
                "speed = SPEED.SPEED",
                "throttle=GAS_PEDAL.GAS_PEDAL * 100   # 0..1 -> %",
                "accLong = ACCELEROMETER.ACCEL_X [m/s2]",
                "brakePressureFront = BRAKE_MODULE.BRAKE_PRESSURE * 0.1 - 2.5 [bar]",
                "fuel = none",
                "rpm = auto"));
    assertEquals(RoleSource.of("SPEED.SPEED"), map.get(ScreenRole.SPEED).orElseThrow());
    assertEquals(
        new RoleSource("GAS_PEDAL.GAS_PEDAL", 100, 0, null),
        map.get(ScreenRole.THROTTLE).orElseThrow());
    assertEquals(
        new RoleSource("ACCELEROMETER.ACCEL_X", 1, 0, "m/s2"),
        map.get(ScreenRole.ACC_LONG).orElseThrow());
    assertEquals(
        new RoleSource("BRAKE_MODULE.BRAKE_PRESSURE", 0.1, -2.5, "bar"),
        map.get(ScreenRole.BRAKE).orElseThrow());
    assertTrue(map.get(ScreenRole.FUEL).orElseThrow().isNone());
    assertTrue(map.get(ScreenRole.RPM).isEmpty(), "auto = not mapped");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sped = SPEED.SPEED | m.map:2: unknown role 'sped'; roles are speed, rpm",
        "speed SPEED.SPEED | m.map:2: no '=' in 'speed SPEED.SPEED'",
        "speed = | m.map:2: speed has no channel",
        "speed = SPEED.SPEED * fast | m.map:2: cannot read 'SPEED.SPEED * fast': a factor",
        "speed = SPEED.SPEED [furlong/fortnight] | m.map:2: unit 'furlong/fortnight' cannot be"
            + " converted to speed's km/h",
        "rpm = ENGINE_RPM.RPM | m.map:2: rpm is mapped twice (first on line 1)",
      })
  void badLinesNameFileLineAndProblem(String line, String expectedStart) {
    var e =
        assertThrows(
            ChannelMapException.class,
            () -> ChannelMapFile.parse("m.map", List.of("rpm = RPM", line)));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
  }

  @Test
  void writtenMapReadsBackEqual() throws Exception {
    ChannelMap map =
        ChannelMap.automatic()
            .with(ScreenRole.SPEED, RoleSource.of("SPEED.SPEED"))
            .with(ScreenRole.BRAKE, new RoleSource("BRAKE.P", 0.5, -1.25, "psi"))
            .with(ScreenRole.FUEL, RoleSource.none());
    Path file = dir.resolve("out.map");
    ChannelMapFile.write(file, map);
    assertEquals(map, ChannelMapFile.read(file));
  }

  @Test
  void missingFileIsNamed() {
    Path file = dir.resolve("nope.map");
    var e = assertThrows(ChannelMapException.class, () -> ChannelMapFile.read(file));
    assertTrue(e.getMessage().startsWith(file + ": cannot read the channel map"), e.getMessage());
    assertTrue(Files.notExists(file));
  }
}
