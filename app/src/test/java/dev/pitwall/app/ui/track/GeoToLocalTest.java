package dev.pitwall.app.ui.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pitwall.core.track.GeoReference;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import org.junit.jupiter.api.Test;

class GeoToLocalTest {
  @Test
  void invertsTheCataloguesGeoReferenceAlongTheWholeCotaCentreline() {
    TrackCatalog catalog = TrackCatalog.builtIn();
    GeoReference geo = catalog.geoReference("cota");
    TrackLayout cota = catalog.load("cota");
    GeoToLocal inverse = new GeoToLocal(geo);
    double worstM = 0;
    for (int i = 0; i < cota.pointCount(); i++) {
      double x = cota.x(i);
      double y = cota.y(i);
      double[] back = inverse.toLocal(geo.latitudeDeg(x, y), geo.longitudeDeg(x, y));
      worstM = Math.max(worstM, Math.hypot(back[0] - x, back[1] - y));
    }
    assertEquals(0, worstM, 1e-6);
  }
}
