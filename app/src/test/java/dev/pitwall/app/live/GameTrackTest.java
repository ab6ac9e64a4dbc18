package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.track.TrackCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GameTrackTest {
  private final GameTrack track = new GameTrack(TrackCatalog.builtIn());

  private void session(int trackId, double lengthM) {
    track.accept(SampleBlock.single(new Channel("trackLength", "m", 2), 1, lengthM));
    track.accept(SampleBlock.single(new Channel("trackId", "-", 2), 1, trackId));
  }

  @Test
  void monzaFromTheSessionPacketLoadsTheCatalogueCircuitScaledToTheGameLap() {
    assertNull(track.learned());
    session(11, 5798);
    GameTrack.Learned l = track.learned();
    assertEquals("monza", l.layout().orElseThrow().name());
    double tumM = l.layout().orElseThrow().lengthM();
    assertEquals(tumM / 5798, l.metresPerGameMetre(), 1e-12);
    assertTrue(Math.abs(tumM - 5798) < 60, "TUM and game lap lengths agree roughly: " + tumM);
  }

  @Test
  void unknownCircuitIsNamedWithItsId() {
    session(25, 5000);
    GameTrack.Learned l = track.learned();
    assertTrue(l.layout().isEmpty());
    assertTrue(l.notice().contains("Hanoi (id 25) is not in the track catalogue"), l.notice());
  }

  @Test
  void otherCarsAndOtherChannelsAreIgnored() {
    track.accept(SampleBlock.single(new Channel("trackId", "-", 2).forCar(3), 1, 11));
    track.accept(SampleBlock.single(new Channel("speed", "km/h", 60), 1, 11));
    assertNull(track.learned());
  }

  @ParameterizedTest
  @CsvSource({"15, cota", "10, spa", "11, monza", "7, silverstone", "13, suzuka", "26, zandvoort"})
  void everyCatalogueCircuitHasItsGameTrackId(int id, String key) {
    assertEquals(key, GameTrack.catalogKey(id).orElseThrow());
    assertTrue(TrackCatalog.builtIn().names().contains(key));
  }
}
