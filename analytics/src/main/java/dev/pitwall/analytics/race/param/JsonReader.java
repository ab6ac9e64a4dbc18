package dev.pitwall.analytics.race.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal strict JSON reader (RFC 8259) for the one-value-per-section TUM parameter files.
 *
 * <p>Objects become insertion-ordered {@code Map<String, Object>}, arrays {@code List<Object>},
 * numbers {@code Double}, JSON {@code null} Java {@code null}. A syntax error throws {@link
 * IllegalArgumentException} naming the character offset. Stateless per call; thread-safe.
 */
public final class JsonReader {
  private final String text;
  private int pos;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Parses one complete JSON value; trailing non-whitespace is an error. */
  public static Object parse(String text) {
    JsonReader reader = new JsonReader(text);
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.pos != text.length()) {
      throw reader.error("unexpected trailing text");
    }
    return value;
  }

  private Object value() {
    skipWhitespace();
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      // Python's json module writes these non-standard tokens; accept them when reading its output
      case 'N' -> literal("NaN", Double.NaN);
      case 'I' -> literal("Infinity", Double.POSITIVE_INFINITY);
      default ->
          text.startsWith("-Infinity", pos)
              ? literal("-Infinity", Double.NEGATIVE_INFINITY)
              : number();
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a quoted key");
      }
      String key = string();
      skipWhitespace();
      expect(':');
      if (map.containsKey(key)) {
        throw error("duplicate key \"" + key + "\"");
      }
      map.put(key, value());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      list.add(value());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return Collections.unmodifiableList(list);
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        sb.append(escape());
      } else if (c < 0x20) {
        throw error("control character in string");
      } else {
        sb.append(c);
      }
    }
    throw error("unterminated string");
  }

  private char escape() {
    if (pos >= text.length()) {
      throw error("unterminated escape");
    }
    char e = text.charAt(pos++);
    return switch (e) {
      case '"', '\\', '/' -> e;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicodeEscape();
      default -> throw error("bad escape \\" + e);
    };
  }

  private char unicodeEscape() {
    if (pos + 4 > text.length()) {
      throw error("short \\u escape");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
      pos += 4;
      return c;
    } catch (NumberFormatException e) {
      throw error("bad \\u escape");
    }
  }

  private Object literal(String word, Object result) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected token");
    }
    pos += word.length();
    return result;
  }

  private Double number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String token = text.substring(start, pos);
    if (token.isEmpty()
        || token.equals("-")
        || !Character.isDigit(token.charAt(token.length() - 1))) {
      pos = start;
      throw error("unexpected character '" + text.charAt(start) + "'");
    }
    try {
      return Double.valueOf(token);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("malformed number \"" + token + "\"");
    }
  }

  private void expect(char c) {
    skipWhitespace();
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON syntax error at character " + pos + ": " + what);
  }
}
