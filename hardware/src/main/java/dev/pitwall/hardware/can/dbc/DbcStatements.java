package dev.pitwall.hardware.can.dbc;

import dev.pitwall.hardware.can.dbc.DbcLexer.Kind;
import dev.pitwall.hardware.can.dbc.DbcLexer.Token;
import dev.pitwall.hardware.can.dbc.MessageDraft.SignalDraft;
import java.util.List;
import java.util.Map;

/**
 * The statements that annotate messages and signals after their definition: {@code CM_}, {@code
 * VAL_}, {@code BA_} and {@code SIG_VALTYPE_}. A reference to an unknown message or signal (real
 * opendbc files have some, e.g. a comment on a removed signal) is a warning with its position, and
 * the statement is skipped.
 */
final class DbcStatements {
  private final DbcTokens in;
  private final Map<Long, MessageDraft> messages;
  private final String file;
  private final List<String> warnings;

  DbcStatements(
      DbcTokens in, Map<Long, MessageDraft> messages, String file, List<String> warnings) {
    this.in = in;
    this.messages = messages;
    this.file = file;
    this.warnings = warnings;
  }

  void comment(List<String> fileComments) throws DbcParseException {
    Token kind = in.peek();
    if (kind.kind() == Kind.STRING) {
      fileComments.add(in.next().text());
    } else if (in.accept("BO_")) {
      MessageDraft m = message();
      String text = in.string("comment");
      if (m != null) {
        m.comment = text;
      }
    } else if (in.accept("SG_")) {
      SignalDraft s = signal(message());
      String text = in.string("comment");
      if (s != null) {
        s.comment = text;
      }
    } else if (in.accept("BU_") || in.accept("EV_")) {
      in.identifier("node or variable name");
      in.string("comment");
    } else {
      throw in.error(kind, "expected a comment target (BU_, BO_, SG_, EV_ or a string)");
    }
    in.expect(";");
  }

  void valueDescriptions(Token keyword) throws DbcParseException {
    if (in.peek().kind() == Kind.IDENT) {
      // VAL_ of an environment variable: not used for decoding.
      in.skipStatement(keyword);
      return;
    }
    SignalDraft s = signal(message());
    while (!in.accept(";")) {
      long raw = in.integer("raw value");
      String text = in.string("value description");
      if (s != null) {
        s.valueTable.put(raw, text);
      }
    }
  }

  void attribute(Token keyword) throws DbcParseException {
    String name = in.string("attribute name");
    Map<String, String> target = null;
    if (in.accept("BO_")) {
      MessageDraft m = message();
      target = m == null ? null : m.attributes;
    } else if (in.accept("SG_")) {
      SignalDraft s = signal(message());
      target = s == null ? null : s.attributes;
    } else if (in.accept("BU_") || in.accept("EV_")) {
      in.identifier("node or variable name");
    }
    Token value = in.next();
    if (value.kind() != Kind.STRING && value.kind() != Kind.NUMBER && value.kind() != Kind.IDENT) {
      throw in.error(value, "expected an attribute value but found " + DbcTokens.describe(value));
    }
    in.expect(";");
    if (target != null) {
      target.put(name, value.text());
    }
  }

  void signalValueType(Token keyword) throws DbcParseException {
    SignalDraft s = signal(message());
    in.accept(":");
    Token typeToken = in.peek();
    long type = in.integer("signal value type");
    in.expect(";");
    if (type == 0 || s == null) {
      return;
    }
    int bits = type == 1 ? 32 : type == 2 ? 64 : -1;
    if (bits < 0) {
      throw in.error(typeToken, "signal value type must be 0, 1 (float) or 2 (double): " + type);
    }
    if (s.lengthBits != bits) {
      throw in.error(
          typeToken,
          s.name
              + " is declared "
              + (bits == 32 ? "float" : "double")
              + " but has "
              + s.lengthBits
              + " bits");
    }
    s.valueType = bits == 32 ? ValueType.FLOAT32 : ValueType.FLOAT64;
  }

  private MessageDraft message() throws DbcParseException {
    Token at = in.peek();
    long id = in.integer("message id");
    MessageDraft m = messages.get(id);
    if (m == null) {
      warn(at, "no message with id " + id + "; statement ignored");
    }
    return m;
  }

  /** The named signal of {@code m}, or null (with a warning) when either does not exist. */
  private SignalDraft signal(MessageDraft m) throws DbcParseException {
    Token at = in.peek();
    String name = in.identifier("signal name");
    SignalDraft s = m == null ? null : m.signals.get(name);
    if (s == null && m != null) {
      warn(at, "message " + m.name + " has no signal " + name + "; statement ignored");
    }
    return s;
  }

  private void warn(Token at, String problem) {
    warnings.add(file + ":" + at.line() + ":" + at.column() + ": " + problem);
  }
}
