package dev.pitwall.hardware.can.dbc;

import dev.pitwall.hardware.can.dbc.DbcLexer.Kind;
import dev.pitwall.hardware.can.dbc.DbcLexer.Token;
import dev.pitwall.hardware.can.dbc.MessageDraft.SignalDraft;

/**
 * Parses one {@code SG_ name [M|mN|mNM] : start|length@order sign (factor,offset) [min|max] "unit"
 * receivers} line and checks that it fits in its message.
 */
final class DbcSignalParser {
  private DbcSignalParser() {}

  static SignalDraft parse(DbcTokens in, MessageDraft message) throws DbcParseException {
    Token keyword = in.expect("SG_");
    SignalDraft s = new SignalDraft();
    s.line = keyword.line();
    s.name = in.identifier("signal name");
    if (in.peek().kind() == Kind.IDENT) {
      multiplexIndicator(in, s);
    }
    in.expect(":");
    Token startToken = in.peek();
    s.column = startToken.column();
    s.startBit = (int) bounded(in, in.integer("start bit"), startToken, 0, 511);
    in.expect("|");
    Token lengthToken = in.peek();
    s.lengthBits = (int) bounded(in, in.integer("signal length"), lengthToken, 1, 64);
    in.expect("@");
    Token orderToken = in.peek();
    long order = in.integer("byte order (0 or 1)");
    if (order != 0 && order != 1) {
      throw in.error(orderToken, "byte order must be 0 (Motorola) or 1 (Intel), not " + order);
    }
    s.byteOrder = order == 1 ? ByteOrder.INTEL : ByteOrder.MOTOROLA;
    Token sign = in.next();
    if (!sign.is("+") && !sign.is("-")) {
      throw in.error(sign, "expected '+' (unsigned) or '-' (signed) after the byte order");
    }
    s.valueType = sign.is("-") ? ValueType.SIGNED : ValueType.UNSIGNED;
    in.expect("(");
    s.factor = in.number("factor");
    in.expect(",");
    s.offset = in.number("offset");
    in.expect(")");
    in.expect("[");
    s.minimum = in.number("minimum");
    in.expect("|");
    s.maximum = in.number("maximum");
    in.expect("]");
    int unitLine = in.peek().line();
    s.unit = in.string("unit");
    receivers(in, s, unitLine);
    if (!message.pseudo) {
      checkFits(in, s, startToken, message);
    }
    return s;
  }

  private static void multiplexIndicator(DbcTokens in, SignalDraft s) throws DbcParseException {
    Token t = in.next();
    String text = t.text();
    if (text.equals("M")) {
      s.multiplexor = true;
      return;
    }
    if (text.length() >= 2 && text.charAt(0) == 'm') {
      String digits = text.endsWith("M") ? text.substring(1, text.length() - 1) : text.substring(1);
      s.multiplexor = text.endsWith("M");
      try {
        s.multiplexValue = Long.parseLong(digits);
        if (s.multiplexValue >= 0) {
          return;
        }
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw in.error(t, "expected a multiplex indicator (M, mN or mNM) but found '" + text + "'");
  }

  /** Receivers are comma-separated node names on the signal's own line. */
  private static void receivers(DbcTokens in, SignalDraft s, int line) {
    while (in.peek().kind() == Kind.IDENT && in.peek().line() == line) {
      s.receivers.add(in.next().text());
      in.accept(",");
    }
  }

  private static long bounded(DbcTokens in, long value, Token at, long min, long max)
      throws DbcParseException {
    if (value < min || value > max) {
      throw in.error(at, "value " + value + " is outside " + min + ".." + max);
    }
    return value;
  }

  private static void checkFits(DbcTokens in, SignalDraft s, Token at, MessageDraft m)
      throws DbcParseException {
    try {
      SignalLayout.of(s.byteOrder, s.startBit, s.lengthBits, m.lengthBytes);
    } catch (IllegalArgumentException e) {
      throw in.error(at, "signal " + s.name + " of " + m.name + ": " + e.getMessage());
    }
  }
}
