package dev.pitwall.analytics.race.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed JSON value with its location, offering typed, range-checked accessors whose errors are
 * {@link RaceParamException}s naming file, section and field. Immutable.
 */
public final class ParamNode {
  private final Object value;
  private final ParamPath path;

  ParamNode(Object value, ParamPath path) {
    this.value = value;
    this.path = path;
  }

  public ParamPath path() {
    return path;
  }

  public boolean isNull() {
    return value == null;
  }

  /** The member {@code key} of this object; missing → error. JSON null is returned as a node. */
  public ParamNode get(String key) {
    Map<String, Object> map = asMap();
    if (!map.containsKey(key)) {
      throw fail(path.child(key), "missing value");
    }
    return new ParamNode(map.get(key), path.child(key));
  }

  public boolean has(String key) {
    return asMap().containsKey(key);
  }

  public Set<String> keys() {
    return asMap().keySet();
  }

  public List<ParamNode> elements() {
    if (!(value instanceof List<?> list)) {
      throw fail(path, "expected a list, got " + describe());
    }
    List<ParamNode> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(new ParamNode(list.get(i), path.index(i)));
    }
    return out;
  }

  public boolean isList() {
    return value instanceof List<?>;
  }

  public double asDouble() {
    if (!(value instanceof Double d) || !Double.isFinite(d)) {
      throw fail(path, "expected a number, got " + describe());
    }
    return d;
  }

  /** A number in the open/closed range given; the message states the range. */
  public double asDouble(double min, boolean minInclusive, double max, boolean maxInclusive) {
    double d = asDouble();
    boolean ok = (minInclusive ? d >= min : d > min) && (maxInclusive ? d <= max : d < max);
    if (!ok) {
      throw fail(
          path,
          "value "
              + d
              + " out of range "
              + (minInclusive ? "[" : "(")
              + min
              + ", "
              + max
              + (maxInclusive ? "]" : ")"));
    }
    return d;
  }

  public int asInt(int min, int max) {
    double d = asDouble();
    if (d != Math.rint(d)) {
      throw fail(path, "expected a whole number, got " + d);
    }
    if (d < min || d > max) {
      throw fail(path, "value " + (long) d + " out of range [" + min + ", " + max + "]");
    }
    return (int) d;
  }

  public String asString() {
    if (!(value instanceof String s)) {
      throw fail(path, "expected a string, got " + describe());
    }
    return s;
  }

  public boolean asBoolean() {
    if (!(value instanceof Boolean b)) {
      throw fail(path, "expected true or false, got " + describe());
    }
    return b;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> asMap() {
    if (!(value instanceof Map<?, ?>)) {
      throw fail(path, "expected an object, got " + describe());
    }
    return (Map<String, Object>) value;
  }

  /** An error at this node's location. */
  public RaceParamException fail(String what) {
    return fail(path, what);
  }

  static RaceParamException fail(ParamPath where, String what) {
    return new RaceParamException(where + ": " + what);
  }

  private String describe() {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    return String.valueOf(value);
  }
}
