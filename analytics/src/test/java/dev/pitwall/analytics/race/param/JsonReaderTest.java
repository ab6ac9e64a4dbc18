package dev.pitwall.analytics.race.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

  @Test
  void parsesNestedObjectsListsAndLiterals() {
    Object v =
        JsonReader.parse(
            "{\"a\": [1, 2.5e1, -3], \"b\": {\"c\": true, \"d\": null}, \"e\": \"x\\\"y\\u0041\"}");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals(List.of(1.0, 25.0, -3.0), m.get("a"));
    Map<?, ?> b = (Map<?, ?>) m.get("b");
    assertEquals(Boolean.TRUE, b.get("c"));
    assertTrue(b.containsKey("d"));
    assertNull(b.get("d"));
    assertEquals("x\"yA", m.get("e"));
  }

  @Test
  void acceptsPythonNonFiniteTokens() {
    assertEquals(
        List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
        JsonReader.parse("[Infinity, -Infinity]"));
    assertTrue(Double.isNaN((Double) JsonReader.parse("NaN")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": 1,}|character 8: expected a quoted key",
        "[1 2]|expected ']'",
        "{\"a\" 1}|expected ':'",
        "\"open|unterminated string",
        "[1] x|trailing text",
        "{\"a\": 1, \"a\": 2}|duplicate key",
        "-|unexpected character"
      })
  void rejectsMalformedInputNamingThePosition(String text, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(text));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
