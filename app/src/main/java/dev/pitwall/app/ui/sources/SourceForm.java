package dev.pitwall.app.ui.sources;

import dev.pitwall.app.live.SourceKind;
import dev.pitwall.app.live.SourceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the source dialog holds, turned into a {@link SourceRequest} or an inline validation
 * message. Pure (no JavaFX), so the rules are testable without a screen.
 *
 * <p>The URI field accepts a full URI ({@code slcan:/dev/ttyACM0?bitrate=500000}) or, for kinds
 * opened on a path, just the path ({@code /dev/ttyACM0}, {@code COM3}, a candump file), which gets
 * the kind's scheme: jSerialComm cannot list ptys, so a typed path must work.
 *
 * @param dbc DBC path from the chooser or typed; blank for none
 * @param speed replay speed of a candump log: "1", "10" or "max"
 * @param map channel map file (which channel feeds which gauge); blank for automatic
 */
public record SourceForm(SourceKind kind, String uriText, String dbc, String speed, String map) {

  /** A form without a channel map file. */
  public SourceForm(SourceKind kind, String uriText, String dbc, String speed) {
    this(kind, uriText, dbc, speed, null);
  }

  /** The URI the source will be opened with. */
  public String uri() {
    String text = uriText == null ? "" : uriText.strip();
    if (text.isEmpty() || kind == SourceKind.UDP || kind == SourceKind.SIM) {
      return text;
    }
    boolean bare = !text.contains(":") || text.matches("^[A-Za-z]:[\\\\/].*");
    if (!bare) {
      return text;
    }
    return switch (kind) {
      case SLCAN -> "slcan:" + text + "?bitrate=500000";
      case NMEA -> "nmea:" + text + "?baud=115200";
      case SERIAL -> "serial:" + text + "?baud=115200&format=csv";
      default -> kind.scheme() + ":" + text;
    };
  }

  /** The first problem the user must fix, or empty when the form can be connected. */
  public Optional<String> problem() {
    String uri = uri();
    if (uri.isEmpty()) {
      return Optional.of("Type a source URI or a port path, e.g. " + kind.example());
    }
    Optional<SourceKind> named = SourceKind.ofUri(uri);
    if (named.isEmpty() || named.get() != kind) {
      return Optional.of("A " + kind.label() + " URI starts with '" + kind.scheme() + ":'");
    }
    if (kind == SourceKind.CANDUMP) {
      String file = uri.substring(uri.indexOf(':') + 1).split("\\?", 2)[0];
      if (!Files.isRegularFile(Path.of(file))) {
        return Optional.of("No candump log at " + file);
      }
    }
    if (kind.needsDbc()) {
      boolean inUri = uri.contains("dbc=");
      if (!hasDbc() && !inUri) {
        return Optional.of("Choose the DBC file that decodes this bus");
      }
      if (hasDbc() && !Files.isRegularFile(Path.of(dbc.strip()))) {
        return Optional.of("No DBC file at " + dbc.strip());
      }
    }
    if (map != null && !map.isBlank() && !Files.isRegularFile(Path.of(map.strip()))) {
      return Optional.of("No channel map at " + map.strip());
    }
    return Optional.empty();
  }

  private boolean hasDbc() {
    return dbc != null && !dbc.isBlank();
  }

  /** The request; a candump replay speed goes into the URI (the URI's own speed= wins). */
  public SourceRequest request() {
    String uri = uri();
    if (kind == SourceKind.CANDUMP && speed != null && !uri.contains("speed=")) {
      uri += (uri.contains("?") ? "&" : "?") + "speed=" + speed;
    }
    String mapFile = map == null || map.isBlank() ? null : map.strip();
    return new SourceRequest(
        uri, null, null, null, 1.0, null, hasDbc() ? dbc.strip() : null, mapFile);
  }
}
