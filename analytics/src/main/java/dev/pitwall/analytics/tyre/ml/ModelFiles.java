package dev.pitwall.analytics.tyre.ml;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/** Text encoding of arrays in {@code model.properties}. */
final class ModelFiles {
  private ModelFiles() {}

  static String join(double[] values) {
    return Arrays.stream(values)
        .mapToObj(v -> String.format(Locale.ROOT, "%.17g", v))
        .collect(Collectors.joining(","));
  }

  static List<String> split(String text, String separator) {
    return text.isEmpty()
        ? List.of()
        : List.of(text.split(java.util.regex.Pattern.quote(separator)));
  }

  static double[] doubles(Properties p, String key) {
    String text = p.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("model.properties: missing " + key);
    }
    try {
      return split(text, ",").stream().mapToDouble(Double::parseDouble).toArray();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("model.properties: " + key + " is not numbers: " + text);
    }
  }
}
