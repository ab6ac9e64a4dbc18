package dev.pitwall.hardware.can.dbc;

import dev.pitwall.hardware.can.dbc.DbcLexer.Kind;
import dev.pitwall.hardware.can.dbc.DbcLexer.Token;
import java.util.List;

/**
 * A cursor over DBC tokens whose failures name the file, line and column of the offending token.
 */
final class DbcTokens {
  private final String file;
  private final List<Token> tokens;
  private int index;

  DbcTokens(String file, List<Token> tokens) {
    this.file = file;
    this.tokens = tokens;
  }

  int position() {
    return index;
  }

  void seek(int position) {
    index = position;
  }

  Token peek() {
    return tokens.get(index);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(index);
    if (t.kind() != Kind.EOF) {
      index++;
    }
    return t;
  }

  boolean atEnd() {
    return peek().kind() == Kind.EOF;
  }

  boolean accept(String punctOrWord) {
    if (peek().is(punctOrWord)) {
      index++;
      return true;
    }
    return false;
  }

  Token expect(String punctOrWord) throws DbcParseException {
    if (!peek().is(punctOrWord)) {
      throw error(peek(), "expected '" + punctOrWord + "' but found " + describe(peek()));
    }
    return next();
  }

  String identifier(String what) throws DbcParseException {
    if (peek().kind() != Kind.IDENT) {
      throw error(peek(), "expected " + what + " but found " + describe(peek()));
    }
    return next().text();
  }

  String string(String what) throws DbcParseException {
    if (peek().kind() != Kind.STRING) {
      throw error(peek(), "expected " + what + " (a quoted string) but found " + describe(peek()));
    }
    return next().text();
  }

  long integer(String what) throws DbcParseException {
    Token t = peek();
    if (t.kind() != Kind.NUMBER) {
      throw error(t, "expected " + what + " (an integer) but found " + describe(t));
    }
    try {
      long value =
          t.text().startsWith("0x") || t.text().startsWith("0X")
              ? Long.parseLong(t.text().substring(2), 16)
              : Long.parseLong(t.text());
      next();
      return value;
    } catch (NumberFormatException e) {
      throw error(t, what + " must be an integer: " + t.text());
    }
  }

  double number(String what) throws DbcParseException {
    Token t = peek();
    boolean plus = t.is("+") && peek(1).kind() == Kind.NUMBER;
    if (plus) {
      next();
      t = peek();
    }
    if (t.kind() != Kind.NUMBER) {
      throw error(t, "expected " + what + " (a number) but found " + describe(t));
    }
    try {
      double value = Double.parseDouble(t.text());
      next();
      return value;
    } catch (NumberFormatException e) {
      throw error(t, what + " is not a number: " + t.text());
    }
  }

  /** Consumes everything up to and including the next ';'. */
  void skipStatement(Token keyword) throws DbcParseException {
    while (!atEnd()) {
      if (next().is(";")) {
        return;
      }
    }
    throw error(keyword, keyword.text() + " statement has no terminating ';'");
  }

  DbcParseException error(Token at, String problem) {
    return new DbcParseException(file, at.line(), at.column(), problem);
  }

  static String describe(Token t) {
    return switch (t.kind()) {
      case EOF -> "end of file";
      case STRING -> "string \"" + abbreviate(t.text()) + "\"";
      default -> "'" + abbreviate(t.text()) + "'";
    };
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
