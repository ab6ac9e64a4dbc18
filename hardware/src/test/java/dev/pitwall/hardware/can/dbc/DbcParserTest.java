package dev.pitwall.hardware.can.dbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.hardware.can.CanTestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class DbcParserTest {
  public static final String SAMPLE =
      """
      VERSION "1.0"

      NS_ :
          CM_
          BA_DEF_

      BS_:

      BU_: ECU GW

      VAL_TABLE_ OnOff 1 "on" 0 "off" ;

      BO_ 100 MIXED: 8 ECU
       SG_ MOTO_U16 : 7|16@0+ (0.5,-10) [-10|32757.5] "km/h" GW
       SG_ ANGLE : 3|12@0- (1.5,0) [-510|510] "deg" GW,ECU
       SG_ INTEL_S8 : 36|8@1- (1,0) [-128|127] "" GW

      BO_ 2566844926 EXT_FD: 64 GW
       SG_ MUX M : 0|8@1+ (1,0) [0|255] "" ECU
       SG_ A m1 : 8|8@1+ (1,0) [0|255] "" ECU
       SG_ B m2 : 8|16@1+ (1,0) [0|65535] "" ECU
       SG_ LAST : 504|8@1+ (1,0) [0|255] "" ECU
       SG_ F : 16|32@1- (1,0) [0|0] "" ECU

      BO_ 3221225472 VECTOR__INDEPENDENT_SIG_MSG: 0 Vector__XXX
       SG_ ORPHAN : 0|8@1+ (1,0) [0|0] "" Vector__XXX

      CM_ "file comment";
      CM_ BO_ 100 "a message
      spanning two lines with a \\"quote\\"";
      CM_ SG_ 100 ANGLE "steering";
      BA_DEF_ BO_ "GenMsgCycleTime" INT 0 65535;
      BA_DEF_DEF_ "GenMsgCycleTime" 0;
      BA_ "GenMsgCycleTime" BO_ 100 20;
      VAL_ 100 INTEL_S8 -1 "minus one" 0 "zero" ;
      SIG_VALTYPE_ 2566844926 F : 1;
      SG_MUL_VAL_ 2566844926 A MUX 1-1;
      """;

  @Test
  void parsesMessagesSignalsAndAnnotations() throws Exception {
    DbcFile dbc = DbcParser.parse("sample.dbc", SAMPLE);
    assertEquals("1.0", dbc.version());
    assertEquals(List.of("ECU", "GW"), dbc.nodes());
    assertEquals(2, dbc.messages().size(), "pseudo message must not become a frame");
    DbcMessage mixed = dbc.message(100, false).orElseThrow();
    assertEquals(20.0, mixed.cycleTimeMs());
    assertEquals("a message\nspanning two lines with a \"quote\"", mixed.comment());
    DbcSignal angle = mixed.signal("ANGLE").orElseThrow();
    assertEquals(ByteOrder.MOTOROLA, angle.byteOrder());
    assertEquals(ValueType.SIGNED, angle.valueType());
    assertEquals(1.5, angle.factor());
    assertEquals(List.of("GW", "ECU"), angle.receivers());
    assertEquals("steering", angle.comment());
    DbcSignal moto = mixed.signal("MOTO_U16").orElseThrow();
    assertEquals(-10.0, moto.offset());
    assertEquals("km/h", moto.unit());
    assertEquals("minus one", mixed.signal("INTEL_S8").orElseThrow().valueTable().get(-1L));
    assertEquals("on", dbc.valueTables().get("OnOff").get(1L));
  }

  @Test
  void splitsTheExtendedFlagAndAcceptsFdLengths() throws Exception {
    DbcFile dbc = DbcParser.parse("sample.dbc", SAMPLE);
    DbcMessage ext = dbc.message("EXT_FD").orElseThrow();
    assertTrue(ext.extended());
    assertEquals(0x18FEF1FE, ext.id());
    assertEquals(64, ext.lengthBytes());
    assertTrue(ext.signal("MUX").orElseThrow().multiplexor());
    assertEquals(2, ext.signal("B").orElseThrow().multiplexValue());
    assertFalse(ext.signal("LAST").orElseThrow().isMultiplexed());
    assertEquals(ValueType.FLOAT32, ext.signal("F").orElseThrow().valueType());
    assertTrue(dbc.skipped().stream().anyMatch(s -> s.keyword().equals("SG_MUL_VAL_")));
    assertTrue(dbc.skipped().stream().anyMatch(s -> s.keyword().equals("BA_DEF_")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "signal beyond payload;BO_ 1 X: 8 N\\n SG_ S : 60|8@1+ (1,0) [0|0] \"\" N;2;10;needs byte 8",
        "bad byte order;BO_ 1 X: 8 N\\n SG_ S : 0|8@2+ (1,0) [0|0] \"\" N;2;14;byte order",
        "missing colon;BO_ 1 X 8 N;1;9;expected ':'",
        "payload too long;BO_ 1 X: 65 N;1;10;outside 0..64",
        "unterminated string;CM_ \"oops;1;5;never closed",
        "bad multiplexer;BO_ 1 X: 8 N\\n SG_ S mX : 0|8@1+ (1,0) [0|0] \"\" N;2;8;multiplex",
        "duplicate id;BO_ 1 X: 8 N\\nBO_ 1 Y: 8 N;2;5;defined twice",
        "stray character;BO_ 1 X: 8 N\\n SG_ S : 0|8@1+ (1,0) [0|0] \"\" N\\n$;3;1;unexpected character",
        "statement without semicolon;BO_TX_BU_ 1 : A,B;1;1;no terminating",
        "signal outside message;SG_ S : 0|8@1+ (1,0) [0|0] \"\" N;1;1;outside a BO_",
      })
  void reportsFileLineAndColumnOfMalformedInput(
      String name, String text, int line, int column, String problem) {
    DbcParseException e =
        assertThrows(
            DbcParseException.class, () -> DbcParser.parse("bad.dbc", text.replace("\\n", "\n")));
    assertEquals("bad.dbc", e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().startsWith("bad.dbc:" + line + ":" + column + ": "), e.getMessage());
  }

  @Test
  void parsesEveryOpendbcToyotaFile() throws Exception {
    Path dir = CanTestData.root().resolve("opendbc");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".dbc")).sorted().toList();
    }
    assertEquals(10, files.size());
    for (Path file : files) {
      DbcFile dbc = DbcParser.parse(file);
      long signals = dbc.messages().stream().mapToLong(m -> m.signals().size()).sum();
      System.out.printf(
          "%s: %d messages, %d signals, skipped %s, warnings %s%n",
          file.getFileName(),
          dbc.messages().size(),
          signals,
          dbc.skipped().stream().map(DbcFile.SkippedStatement::keyword).distinct().toList(),
          dbc.warnings());
      assertFalse(dbc.messages().isEmpty(), file.toString());
    }
  }

  @Test
  void parsesTheRav4DbcWithItsDanglingCommentAsAWarning() throws Exception {
    DbcFile dbc = DbcParser.parse(CanTestData.rav4Dbc());
    assertEquals(42, dbc.messages().size());
    assertTrue(
        dbc.warnings().stream().anyMatch(w -> w.contains("has no signal SET_ME_1")),
        dbc.warnings().toString());
    DbcSignal speed = dbc.message(180, false).orElseThrow().signal("SPEED").orElseThrow();
    assertEquals(0.01, speed.factor());
    assertEquals("kph", speed.unit());
  }
}
