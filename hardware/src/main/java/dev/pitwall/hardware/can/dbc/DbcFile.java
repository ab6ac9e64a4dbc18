package dev.pitwall.hardware.can.dbc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed DBC database. Immutable.
 *
 * @param source file name the database came from, used in messages
 * @param skipped statements recognised but not interpreted (keyword and line), e.g. {@code
 *     SIG_GROUP_}, {@code EV_}; they are syntax-checked up to their terminating semicolon
 * @param warnings "file:line:column: problem" for statements ignored because they refer to a
 *     message or signal that does not exist
 */
public record DbcFile(
    String source,
    String version,
    List<String> nodes,
    List<DbcMessage> messages,
    Map<String, Map<Long, String>> valueTables,
    List<String> comments,
    List<SkippedStatement> skipped,
    List<String> warnings) {

  /** A statement kept out of the model, named so a user can see what was not interpreted. */
  public record SkippedStatement(String keyword, int line) {}

  public DbcFile {
    nodes = List.copyOf(nodes);
    messages = List.copyOf(messages);
    valueTables = Map.copyOf(valueTables);
    comments = List.copyOf(comments);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  public Optional<DbcMessage> message(int id, boolean extended) {
    return messages.stream().filter(m -> m.id() == id && m.extended() == extended).findFirst();
  }

  public Optional<DbcMessage> message(String name) {
    return messages.stream().filter(m -> m.name().equals(name)).findFirst();
  }
}
