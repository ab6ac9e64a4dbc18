package dev.pitwall.app.ui.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.stream.LiveChannels;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.track.GeoReference;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A GPS-only source (latitude/longitude, no posX/posY) still draws the car's path on the map. */
@ExtendWith(ApplicationExtension.class)
class GpsTrackMapTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void latitudeLongitudeFixesWithoutACircuitDrawTheCarsPath() throws Exception {
    TrackCatalog catalog = TrackCatalog.builtIn();
    GeoReference geo = catalog.geoReference("cota");
    TrackLayout cota = catalog.load("cota");
    SampleBus bus = new SampleBus();
    LiveChannels channels = new LiveChannels(bus.subscribe("ui", 1 << 12), 65);
    Channel lat = new Channel("latitude", "deg", 10);
    Channel lon = new Channel("longitude", "deg", 10);
    TrackMapView view =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  TrackMapView v = new TrackMapView();
                  stage.setScene(new Scene(v.node(), 500, 400));
                  stage.show();
                  return v;
                })
            .get(10, TimeUnit.SECONDS);
    int fixes = 0;
    for (int i = 0; i < cota.pointCount(); i += 20, fixes++) {
      long t = fixes * 100_000_000L;
      bus.publish(SampleBlock.single(lat, t, geo.latitudeDeg(cota.x(i), cota.y(i))));
      bus.publish(SampleBlock.single(lon, t, geo.longitudeDeg(cota.x(i), cota.y(i))));
      WaitForAsyncUtils.asyncFx(
              () -> {
                channels.drain();
                view.refresh(channels);
              })
          .get(10, TimeUnit.SECONDS);
    }
    int points = WaitForAsyncUtils.asyncFx(view::trailPoints).get(10, TimeUnit.SECONDS);
    assertTrue(points >= fixes - 1 && fixes > 40, points + " of " + fixes + " fixes kept");
    assertEquals(
        "car path (no track layout)",
        WaitForAsyncUtils.asyncFx(view::titleText).get(10, TimeUnit.SECONDS));
  }
}
