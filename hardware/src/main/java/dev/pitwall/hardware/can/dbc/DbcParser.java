package dev.pitwall.hardware.can.dbc;

import dev.pitwall.hardware.can.dbc.DbcLexer.Kind;
import dev.pitwall.hardware.can.dbc.DbcLexer.Token;
import dev.pitwall.hardware.can.dbc.MessageDraft.SignalDraft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the Vector DBC text format: {@code VERSION}, {@code NS_}, {@code BS_}, {@code BU_}, {@code
 * BO_}/{@code SG_} (standard and extended ids, Intel/Motorola, signed/unsigned, multiplexing {@code
 * M}/{@code mN}, payloads up to 64 bytes), {@code CM_}, {@code VAL_}, {@code VAL_TABLE_}, {@code
 * BA_}, {@code SIG_VALTYPE_}. {@code BA_DEF_}, {@code BA_DEF_DEF_}, {@code SG_MUL_VAL_} and every
 * other ';'-terminated statement are syntax-checked and listed in {@link DbcFile#skipped()}.
 *
 * <p>Not thread-safe; create one per file.
 */
public final class DbcParser {
  private final String file;
  private final DbcTokens in;
  private final Map<Long, MessageDraft> messages = new LinkedHashMap<>();
  private final Map<String, Map<Long, String>> valueTables = new HashMap<>();
  private final List<String> nodes = new ArrayList<>();
  private final List<String> comments = new ArrayList<>();
  private final List<DbcFile.SkippedStatement> skipped = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final DbcStatements statements;

  /** Token positions of annotations; applied after all messages, since they may come first. */
  private final List<Integer> annotations = new ArrayList<>();

  private String version = "";

  private DbcParser(String file, String text) throws DbcParseException {
    this.file = file;
    this.in = new DbcTokens(file, new DbcLexer(file, text).tokenize());
    this.statements = new DbcStatements(in, messages, file, warnings);
  }

  public static DbcFile parse(Path path) throws DbcParseException, IOException {
    byte[] bytes = Files.readAllBytes(path);
    // DBC files in the wild are Windows-1252 as often as UTF-8; Latin-1 never fails to decode.
    return parse(path.getFileName().toString(), new String(bytes, StandardCharsets.ISO_8859_1));
  }

  public static DbcFile parse(String fileName, String text) throws DbcParseException {
    return new DbcParser(fileName, text).parseAll();
  }

  private DbcFile parseAll() throws DbcParseException {
    while (!in.atEnd()) {
      statement();
    }
    for (int position : annotations) {
      in.seek(position);
      annotation(in.next());
    }
    List<DbcMessage> built = new ArrayList<>();
    for (MessageDraft m : messages.values()) {
      if (!m.pseudo) {
        built.add(m.build());
      }
    }
    return new DbcFile(file, version, nodes, built, valueTables, comments, skipped, warnings);
  }

  private void statement() throws DbcParseException {
    Token keyword = in.next();
    if (keyword.kind() != Kind.IDENT) {
      throw in.error(keyword, "expected a DBC keyword but found " + DbcTokens.describe(keyword));
    }
    switch (keyword.text()) {
      case "VERSION" -> version = in.string("version text");
      case "NS_" -> newSymbols();
      case "BS_" -> bitTiming(keyword);
      case "BU_" -> nodeList(keyword);
      case "BO_" -> message(keyword);
      case "SG_" -> throw in.error(keyword, "SG_ outside a BO_ message");
      case "CM_", "VAL_", "BA_", "SIG_VALTYPE_" -> {
        annotations.add(in.position() - 1);
        in.skipStatement(keyword);
      }
      case "VAL_TABLE_" -> valueTable();
      default -> {
        in.skipStatement(keyword);
        skipped.add(new DbcFile.SkippedStatement(keyword.text(), keyword.line()));
      }
    }
  }

  private void annotation(Token keyword) throws DbcParseException {
    switch (keyword.text()) {
      case "CM_" -> statements.comment(comments);
      case "VAL_" -> statements.valueDescriptions(keyword);
      case "BA_" -> statements.attribute(keyword);
      default -> statements.signalValueType(keyword);
    }
  }

  /** {@code NS_ :} followed by indented keywords; the list ends at the first unindented token. */
  private void newSymbols() throws DbcParseException {
    in.expect(":");
    while (in.peek().kind() == Kind.IDENT && in.peek().column() > 1) {
      in.next();
    }
  }

  private void bitTiming(Token keyword) throws DbcParseException {
    in.expect(":");
    while (!in.atEnd() && in.peek().line() == keyword.line()) {
      in.next();
    }
  }

  private void nodeList(Token keyword) throws DbcParseException {
    in.expect(":");
    while (in.peek().kind() == Kind.IDENT && in.peek().line() == keyword.line()) {
      nodes.add(in.next().text());
    }
  }

  private void valueTable() throws DbcParseException {
    String name = in.identifier("value table name");
    Map<Long, String> table = new TreeMap<>();
    while (!in.accept(";")) {
      long raw = in.integer("raw value");
      table.put(raw, in.string("value description"));
    }
    valueTables.put(name, table);
  }

  private void message(Token keyword) throws DbcParseException {
    Token idToken = in.peek();
    long dbcId = in.integer("message id");
    String name = in.identifier("message name");
    in.expect(":");
    Token lengthToken = in.peek();
    long length = in.integer("message length");
    String transmitter = in.identifier("transmitter");
    if (dbcId < 0 || dbcId > 0xFFFF_FFFFL) {
      throw in.error(idToken, "message id " + dbcId + " is outside 0..4294967295");
    }
    if (length < 0 || length > 64) {
      throw in.error(lengthToken, "message length " + length + " is outside 0..64 bytes");
    }
    boolean extended = (dbcId & DbcMessage.EXTENDED_FLAG) != 0;
    int canId = (int) (dbcId & ~DbcMessage.EXTENDED_FLAG);
    MessageDraft draft =
        new MessageDraft(canId, extended, name, (int) length, transmitter, keyword.line());
    draft.pseudo = isPseudoMessage(extended, canId);
    while (in.peek().is("SG_")) {
      SignalDraft signal = DbcSignalParser.parse(in, draft);
      if (draft.signals.putIfAbsent(signal.name, signal) != null) {
        throw in.error(in.peek(), "signal " + signal.name + " appears twice in " + name);
      }
    }
    if (draft.pseudo) {
      skipped.add(new DbcFile.SkippedStatement("BO_ " + name, keyword.line()));
    }
    if (messages.putIfAbsent(dbcId, draft) != null) {
      throw in.error(idToken, "message id " + dbcId + " is defined twice (" + name + ")");
    }
  }

  /** Vector's VECTOR__INDEPENDENT_SIG_MSG (0xC0000000) holds unused signals, not a frame. */
  private static boolean isPseudoMessage(boolean extended, int canId) {
    return extended && (canId & 0xE000_0000) != 0;
  }
}
