package dev.pitwall.hardware.can.dbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DBC text into tokens with 1-based line and column. Strings may span lines and use {@code
 * \"} escapes; a lone {@code -} or {@code +} (the sign flag after {@code @0}) is punctuation, a
 * {@code -} followed by a digit starts a number.
 */
final class DbcLexer {
  enum Kind {
    IDENT,
    NUMBER,
    STRING,
    PUNCT,
    EOF
  }

  record Token(Kind kind, String text, int line, int column) {
    boolean is(String s) {
      return kind != Kind.STRING && text.equals(s);
    }
  }

  private final String file;
  private final String text;
  private int pos;
  private int line = 1;
  private int column = 1;

  DbcLexer(String file, String text) {
    this.file = file;
    this.text = text;
  }

  List<Token> tokenize() throws DbcParseException {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespaceAndComments();
      if (pos >= text.length()) {
        tokens.add(new Token(Kind.EOF, "end of file", line, column));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() throws DbcParseException {
    int startLine = line;
    int startColumn = column;
    char c = text.charAt(pos);
    if (c == '"') {
      return new Token(Kind.STRING, readString(), startLine, startColumn);
    }
    if (Character.isDigit(c) || (c == '-' && pos + 1 < text.length() && isDigitAt(pos + 1))) {
      return new Token(Kind.NUMBER, readNumber(), startLine, startColumn);
    }
    if (Character.isLetter(c) || c == '_') {
      int start = pos;
      while (pos < text.length() && isIdentPart(text.charAt(pos))) {
        advance();
      }
      return new Token(Kind.IDENT, text.substring(start, pos), startLine, startColumn);
    }
    if (":;|@()[],+-".indexOf(c) >= 0) {
      advance();
      return new Token(Kind.PUNCT, String.valueOf(c), startLine, startColumn);
    }
    throw new DbcParseException(
        file, startLine, startColumn, "unexpected character '" + printable(c) + "'");
  }

  private String readString() throws DbcParseException {
    int startLine = line;
    int startColumn = column;
    advance();
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length()) {
        advance();
        sb.append(text.charAt(pos));
        advance();
      } else if (c == '"') {
        advance();
        return sb.toString();
      } else {
        sb.append(c);
        advance();
      }
    }
    throw new DbcParseException(file, startLine, startColumn, "string is never closed");
  }

  private String readNumber() {
    int start = pos;
    if (text.charAt(pos) == '-') {
      advance();
    }
    boolean hex = text.startsWith("0x", pos) || text.startsWith("0X", pos);
    if (hex) {
      advance();
      advance();
      while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
        advance();
      }
      return text.substring(start, pos);
    }
    while (pos < text.length() && (isDigitAt(pos) || text.charAt(pos) == '.')) {
      advance();
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int save = pos;
      advance();
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        advance();
      }
      if (pos < text.length() && isDigitAt(pos)) {
        while (pos < text.length() && isDigitAt(pos)) {
          advance();
        }
      } else {
        column -= pos - save;
        pos = save;
      }
    }
    return text.substring(start, pos);
  }

  private void skipWhitespaceAndComments() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        advance();
      } else if (text.startsWith("//", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          advance();
        }
      } else {
        return;
      }
    }
  }

  private void advance() {
    if (text.charAt(pos) == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    pos++;
  }

  private boolean isDigitAt(int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static String printable(char c) {
    return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}
