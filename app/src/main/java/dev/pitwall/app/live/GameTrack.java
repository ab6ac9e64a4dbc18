package dev.pitwall.app.live;

import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import dev.pitwall.hardware.f1.F1Tracks;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The circuit a game names in its session packet ({@code trackId}, {@code trackLength} channels of
 * the F1 UDP source), matched to the {@link TrackCatalog}: the live map then shows that circuit and
 * places the cars by their lap distance along it (the game's world frame is not the catalogue's).
 * An unknown circuit is said plainly; the map then draws the cars' own paths.
 *
 * <p>Thread contract: {@link #accept} on the session's lap thread; the getters from any thread.
 */
final class GameTrack {
  /** F1 game track names (hardware's {@link F1Tracks}) whose circuit the catalogue ships. */
  private static final Map<String, String> CATALOG_KEY =
      Map.of(
          "Texas", "cota",
          "Monza", "monza",
          "Spa", "spa",
          "Silverstone", "silverstone",
          "Suzuka", "suzuka",
          "Zandvoort", "zandvoort");

  /** What the session packet told, resolved. */
  record Learned(int trackId, String gameName, Optional<TrackLayout> layout, double gameLengthM) {
    /** Catalogue metres per game lap-distance metre (the two measure the lap differently). */
    double metresPerGameMetre() {
      return layout.isPresent() && gameLengthM > 0 ? layout.get().lengthM() / gameLengthM : 1;
    }

    String notice() {
      return layout.isPresent()
          ? "track from the game: " + gameName + " → " + layout.get().displayName()
          : "track from the game: "
              + gameName
              + " (id "
              + trackId
              + ") is not in the track catalogue: the map draws the cars' own paths";
    }
  }

  private final TrackCatalog catalog;
  private volatile Learned learned;
  private int trackId = -1;
  private double lengthM = Double.NaN;

  GameTrack(TrackCatalog catalog) {
    this.catalog = catalog;
  }

  /** The catalogue key of an F1 game track id, if the catalogue ships that circuit. */
  static Optional<String> catalogKey(int trackId) {
    return Optional.ofNullable(CATALOG_KEY.get(F1Tracks.name(trackId)));
  }

  void accept(SampleBlock block) {
    if (block.channel().car() != 0 || block.isEmpty()) {
      return;
    }
    String name = block.channel().name();
    double v = block.value(block.size() - 1);
    if (name.equals("trackLength") && v > 0) {
      lengthM = v;
    } else if (name.equals("trackId") && v >= 0 && v == Math.rint(v)) {
      trackId = (int) v;
    } else {
      return;
    }
    Learned now = learned;
    if (trackId >= 0 && (now == null || now.trackId() != trackId || now.gameLengthM() != lengthM)) {
      learned = resolve(trackId, lengthM);
    }
  }

  private Learned resolve(int id, double gameLengthM) {
    Optional<TrackLayout> layout =
        catalogKey(id)
            .filter(k -> catalog.names().contains(k.toLowerCase(Locale.ROOT)))
            .map(catalog::load);
    return new Learned(id, F1Tracks.name(id), layout, gameLengthM);
  }

  /** Null until a session packet named a track. */
  Learned learned() {
    return learned;
  }
}
