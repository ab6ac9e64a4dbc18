package dev.pitwall.hardware.file;

import java.util.ArrayList;
import java.util.List;

/** Splits one RFC 4180 CSV line (quoted cells, doubled quotes); no embedded newlines. */
final class CsvLine {
  private CsvLine() {}

  /**
   * @throws IllegalArgumentException when a quote is not closed
   */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed quote");
    }
    cells.add(cell.toString());
    return cells;
  }

  /** Quotes a cell when it holds a comma, quote or leading/trailing space. */
  static String quote(String cell) {
    if (cell.contains(",") || cell.contains("\"") || !cell.equals(cell.strip())) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }
}
