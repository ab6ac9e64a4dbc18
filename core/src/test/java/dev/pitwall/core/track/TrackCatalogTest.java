package dev.pitwall.core.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackCatalogTest {
  private final TrackCatalog catalog = TrackCatalog.builtIn();

  @Test
  void listsTheShippedTracksWithCotaFirst() {
    assertEquals(
        java.util.List.of("cota", "spa", "monza", "silverstone", "suzuka", "zandvoort"),
        catalog.names());
  }

  @ParameterizedTest
  @CsvSource({
    "cota, 5513",
    "COTA, 5513",
    "spa, 7004",
    "monza, 5793",
    "silverstone, 5891",
    "suzuka, 5807"
  })
  void loadsTrackWithOfficialLengthWithinOnePercent(String key, double officialM) {
    TrackLayout track = catalog.load(key);
    assertEquals(officialM, track.lengthM(), officialM * 0.01, track.name());
    assertTrue(track.pointCount() > 1000);
  }

  @Test
  void silverstoneWithoutKnownSectorsIsSplitIntoThirds() {
    TrackLayout track = catalog.load("silverstone");
    double[] ends = track.sectorEndsM();
    assertEquals(3, ends.length);
    assertEquals(track.lengthM() / 3, ends[0], 1e-9);
    assertEquals(track.lengthM(), ends[2], 1e-9);
  }

  @Test
  void cotaUsesF1SectorDistancesEndingAtTheLapLength() {
    TrackLayout cota = catalog.load("cota");
    assertArrayEquals(new double[] {1659.1, 3918.4, cota.lengthM()}, cota.sectorEndsM(), 1e-9);
  }

  @Test
  void monzaUsesRealSectorDistances() {
    double[] ends = catalog.load("monza").sectorEndsM();
    assertEquals(1895.4, ends[0], 1e-9);
    assertEquals(3722.0, ends[1], 1e-9);
  }

  @Test
  void unknownTrackMessageListsKnownTracks() {
    var e = assertThrows(IllegalArgumentException.class, () -> catalog.load("nordschleife"));
    assertTrue(e.getMessage().contains("nordschleife"), e.getMessage());
    assertTrue(e.getMessage().contains("cota, spa, monza"), e.getMessage());
  }

  @Test
  void geoReferenceMovesNorthAndEastInTheRightDirections() {
    var geo = new GeoReference(50.0, 6.0, 0.0);
    assertEquals(50.0 + 1000 / 111_195.0, geo.latitudeDeg(0, 1000), 1e-6);
    assertEquals(
        6.0 + 1000 / (111_195.0 * Math.cos(Math.toRadians(50))), geo.longitudeDeg(1000, 0), 1e-6);
    assertEquals(0.0, geo.compassHeadingDeg(Math.PI / 2), 1e-9);
    assertEquals(90.0, geo.compassHeadingDeg(0), 1e-9);
  }

  @Test
  void gridRotationTurnsLocalNorthAntiClockwise() {
    var geo = new GeoReference(50.0, 6.0, -2.0);
    // a clockwise grid convergence moves local "north" slightly east
    assertTrue(geo.longitudeDeg(0, 1000) > 6.0);
    assertEquals(2.0, geo.compassHeadingDeg(Math.PI / 2), 1e-9);
  }
}
