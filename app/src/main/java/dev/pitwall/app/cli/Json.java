package dev.pitwall.app.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the CLI's JSON output (maps, lists, strings, numbers, booleans, null). Non-finite numbers
 * become null: JSON has no NaN, and a consumer must never see a fake number.
 */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("null");
      case String s -> string(out, s);
      case Double d -> number(out, d);
      case Float f -> number(out, f.doubleValue());
      case Number n -> out.append(n);
      case Boolean b -> out.append(b);
      case Map<?, ?> m -> object(out, m);
      case List<?> l -> array(out, l);
      default -> string(out, value.toString());
    }
  }

  private static void number(StringBuilder out, double d) {
    if (Double.isFinite(d)) {
      out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : d);
    } else {
      out.append("null");
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      string(out, String.valueOf(e.getKey()));
      out.append(':');
      append(out, e.getValue());
      if (it.hasNext()) {
        out.append(',');
      }
    }
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      append(out, list.get(i));
    }
    out.append(']');
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
