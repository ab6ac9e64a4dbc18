package dev.pitwall.analytics.race.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads the real Spielberg 2019 file and mutated copies of it. */
class RaceFileReaderTest {
  private static final String FILE = "pars_Spielberg_2019.ini";

  private static String original() throws IOException {
    Path p = Path.of(System.getProperty("pitwall.data", "../shared/data"), "tum", FILE);
    assumeTrue(Files.exists(p), "shared TUM data absent; skipping");
    return Files.readString(p);
  }

  private static RaceDefinition parse(String text) {
    return RaceFileReader.parse(FILE, List.of(text.split("\n", -1)));
  }

  @Test
  void readsEverySectionOfARealFile() throws IOException {
    RaceDefinition def = parse(original());
    assertEquals(71, def.rules().totalLaps());
    assertEquals(20, def.drivers().size());
    assertEquals(63.003, def.track().tQualiS());
    assertEquals(
        List.of(new PitStop(0, "A4", 2, 0.0), new PitStop(30, "A3", 0, 0.0)),
        def.drivers().get("HAM").strategy());
    assertEquals(0.0232, def.tyres().get("HAM").compounds().get("A3").k1());
    assertEquals(EventSpec.Mode.RANDOM, def.events().fcyMode());
    assertEquals("VER", def.monteCarlo().refDriver());
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"t_q\": 63.003|\"t_q\": 263.003|[TRACK_PARS] track_pars.t_q: value 263.003 out of range",
        "\"t_q\": 63.003,|\"tq\": 63.003,|[TRACK_PARS] track_pars.t_q: missing value",
        "[[0, \"A4\", 2, 0.0], [30, \"A3\", 0, 0.0]]|[[0, \"A4\", 2, 0.0], [30, \"C5\", 0, 0.0]]|driver_pars.HAM.strategy_info[1][1]: unknown compound \"C5\"",
        "[[0, \"A4\", 2, 0.0], [30, \"A3\", 0, 0.0]]|[[0, \"A4\", 2, 0.0], [30, \"A3\", 0, 0.0], [20, \"A4\", 0, 0.0]]|strategy_info[2][0]: inlap 20 does not come after the previous inlap 30",
        "[[0, \"A4\", 2, 0.0], [30, \"A3\", 0, 0.0]]|[[5, \"A4\", 2, 0.0]]|strategy_info[0][0]: value 5 out of range [0, 0]",
        "[[0, \"A4\", 2, 0.0], [30, \"A3\", 0, 0.0]]|[[0, \"A4\", 2, 0.0], [80, \"A3\", 0, 0.0]]|strategy_info[1][0]: value 80 out of range [1, 71]",
        "[[0, \"A4\", 2, 0.0], [30, \"A3\", 0, 0.0]]|[[0, \"A4\", 2, 0.0], [30, \"A3\", 0]]|strategy_info[1]: a strategy entry is [inlap, compound, tyre age, fuel added], got 3 values",
        "\"p_grid\": 4,|\"p_grid\": 1,|p_grid: grid position 1 is not unique",
        "\"fcy_data\": {\"phases\": []|\"fcy_data\": {\"phases\": [[10.0, 12.0, \"SC\", null, null], [12.5, 14.0, \"VSC\", null, null]]|event_pars.fcy_data.phases[0]: neutralisations intersect",
        "\"fcy_data\": {\"phases\": []|\"fcy_data\": {\"phases\": [[10.0, 12.0, \"YELLOW\", null, null]]|phases[0][2]: type must be \"SC\" or \"VSC\"",
        "\"retirements\": []|\"retirements\": [[\"XYZ\", 3.5]]|retirements[0][0]: retiring driver XYZ is not a participant",
        "\"tot_no_laps\": 71,|\"tot_no_laps\": 71.5,|race_pars.tot_no_laps: expected a whole number",
        "\"m_fuel\": 110.0,|\"m_fuel\": \"full\",|m_fuel: expected a number, got \"full\"",
        "race_pars = {\"season\"|race_pars = {season|[RACE_PARS] race_pars (line 15): JSON syntax error"
      })
  void rejectsBrokenFilesNamingSectionAndField(String find, String replace, String expected)
      throws IOException {
    String text = original();
    assertTrue(text.contains(find), "test precondition: file contains " + find);
    RaceParamException e =
        assertThrows(
            RaceParamException.class,
            () ->
                parse(
                    text.replaceFirst(
                        java.util.regex.Pattern.quote(find),
                        java.util.regex.Matcher.quoteReplacement(replace))));
    assertTrue(e.getMessage().startsWith(FILE), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void rejectsAMissingSection() throws IOException {
    String text = original().replace("[VSE_PARS]", "[OTHER]").replace("[EVENT_PARS]", "[EVENTS]");
    RaceParamException e = assertThrows(RaceParamException.class, () -> parse(text));
    assertEquals(FILE + ": missing section [EVENT_PARS]", e.getMessage());
  }
}
