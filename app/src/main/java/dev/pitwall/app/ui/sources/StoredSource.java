package dev.pitwall.app.ui.sources;

import dev.pitwall.app.live.SourceKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source a session was recorded from (its stored URI, {@code SessionInfo.source()}), split into
 * what the source dialog's fields hold, so "Continue recording…" starts from it. A session recorded
 * from several sources stores {@code a + b}: the dialog connects one, so the first is used and the
 * others are named in {@link #others()}. Pure, no JavaFX.
 *
 * @param kind the first source's kind; empty for a URI no source kind reads
 * @param uri the first source's URI without the {@code dbc=} (and, for a candump log, {@code
 *     speed=}) parameter, which have their own fields, and without a simulator's {@code duration=}
 *     (the length of the recording that was interrupted)
 * @param dbc the DBC file named by {@code dbc=}, or "" for none
 * @param speed a candump log's replay speed when it is one of the dialog's ("1", "10", "max"), or
 *     ""
 * @param others the further sources' URIs of a session recorded from several
 */
public record StoredSource(
    Optional<SourceKind> kind, String uri, String dbc, String speed, List<String> others) {

  private static final List<String> SPEEDS = List.of("1", "10", "max");

  public StoredSource {
    others = List.copyOf(others);
  }

  public static StoredSource parse(String stored) {
    String[] members = (stored == null ? "" : stored.strip()).split(" \\+ ");
    String first = members[0].strip();
    List<String> others = new ArrayList<>();
    for (int i = 1; i < members.length; i++) {
      others.add(members[i].strip());
    }
    int colon = first.indexOf(':');
    Optional<SourceKind> kind = SourceKind.of(colon < 0 ? first : first.substring(0, colon));
    int question = first.indexOf('?');
    if (kind.isEmpty() || question < 0) {
      return new StoredSource(kind, first, "", "", others);
    }
    String dbc = "";
    String speed = "";
    List<String> kept = new ArrayList<>();
    for (String pair : first.substring(question + 1).split("&")) {
      String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      String value = decoded(pair.substring(key.length()).replaceFirst("^=", ""));
      if (key.equals("dbc") && kind.get().needsDbc() && !value.isBlank()) {
        dbc = value;
      } else if (key.equals("speed")
          && kind.get() == SourceKind.CANDUMP
          && SPEEDS.contains(value)) {
        speed = value;
      } else if (key.equals("duration") && kind.get() == SourceKind.SIM) {
        continue; // the first recording's length, not the source: the continued one runs on
      } else if (!pair.isEmpty()) {
        kept.add(pair);
      }
    }
    String base = first.substring(0, question);
    String uri = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
    return new StoredSource(kind, uri, dbc, speed, others);
  }

  /** A parameter value as the source factory reads it; a stray '%' is kept as typed. */
  private static String decoded(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
