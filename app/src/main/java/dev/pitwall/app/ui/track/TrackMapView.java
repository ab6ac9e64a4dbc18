package dev.pitwall.app.ui.track;

import dev.pitwall.app.ui.stream.LiveChannels;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Track map: the circuit drawn once per resize on a static canvas, the cars (from their posX/posY)
 * on a second canvas cleared and redrawn each frame.
 *
 * <p>Thread contract: FX thread.
 */
public final class TrackMapView {
  private static final Color TRACK = Color.web("#3a4450");
  private static final Color CENTRE = Color.web("#5b6773");
  private static final Color OWN_CAR = Color.web("#ffcc00");
  private static final Color OTHER_CAR = Color.web("#3fa7ff");
  private static final double MARGIN_PX = 16;
  private static final double TITLE_PX = 30;

  private final Pane node = new Pane();
  private final Label title = new Label("no track layout");
  private final Canvas trackLayer = new Canvas();
  private final Canvas carLayer = new Canvas();
  private TrackLayout track;
  private TrackProjection projection;
  private final double[] lastDrawn = {Double.NaN, Double.NaN};
  private final PositionTrail trail = new PositionTrail();
  private GeoToLocal geo;
  private TrackProjection trailProjection;

  public TrackMapView() {
    node.getStyleClass().add("track-map");
    title.getStyleClass().add("panel-title");
    title.relocate(10, 6);
    trackLayer.setLayoutY(TITLE_PX);
    carLayer.setLayoutY(TITLE_PX);
    node.getChildren().addAll(title, trackLayer, carLayer);
    node.setMinSize(200, 150);
    node.widthProperty().addListener((o, a, b) -> resize());
    node.heightProperty().addListener((o, a, b) -> resize());
  }

  public Pane node() {
    return node;
  }

  public void setTrack(TrackLayout layout) {
    this.track = layout;
    TrackCatalog catalog = TrackCatalog.builtIn();
    geo =
        catalog.names().contains(layout.name())
            ? new GeoToLocal(catalog.geoReference(layout.name()))
            : null;
    title.setText(layout.displayName());
    resize();
  }

  private void resize() {
    double w = node.getWidth();
    double h = Math.max(0, node.getHeight() - TITLE_PX); // the title sits above the map
    for (Canvas c : List.of(trackLayer, carLayer)) {
      c.setWidth(w);
      c.setHeight(h);
    }
    projection =
        track != null && w > 0 && h > 0 ? TrackProjection.fit(track, w, h, MARGIN_PX) : null;
    drawTrack();
    lastDrawn[0] = Double.NaN;
  }

  private void drawTrack() {
    GraphicsContext g = trackLayer.getGraphicsContext2D();
    g.clearRect(0, 0, trackLayer.getWidth(), trackLayer.getHeight());
    if (projection == null) {
      return;
    }
    g.setLineJoin(StrokeLineJoin.ROUND);
    g.setLineCap(StrokeLineCap.ROUND);
    // true width on a small map, but never a band that swallows the shape of the circuit
    double widthM = track.widthLeftM()[0] + track.widthRightM()[0];
    double widthPx = Math.clamp(widthM * projection.scalePxPerM(), 4, 14);
    strokeCentreline(g, TRACK, widthPx);
    strokeCentreline(g, CENTRE, 1);
    drawSectorMarks(g);
  }

  private void strokeCentreline(GraphicsContext g, Color color, double widthPx) {
    g.setStroke(color);
    g.setLineWidth(widthPx);
    g.beginPath();
    g.moveTo(projection.toPxX(track.x(0)), projection.toPxY(track.y(0)));
    for (int i = 1; i < track.pointCount(); i++) {
      g.lineTo(projection.toPxX(track.x(i)), projection.toPxY(track.y(i)));
    }
    g.closePath();
    g.stroke();
  }

  /** Start/finish line in white, sector ends in amber, each as a short bar across the track. */
  private void drawSectorMarks(GraphicsContext g) {
    double[] ends = track.sectorEndsM();
    for (int i = 0; i < ends.length; i++) {
      boolean line = i == ends.length - 1;
      double[] p = TrackGeometry.pointAt(track, line ? 0 : ends[i]);
      double nx = -Math.sin(p[2]);
      double ny = Math.cos(p[2]);
      double half = 10;
      double cx = projection.toPxX(p[0]);
      double cy = projection.toPxY(p[1]);
      g.setStroke(line ? Color.WHITE : Color.web("#ffb000"));
      g.setLineWidth(line ? 3 : 2);
      g.strokeLine(cx - nx * half, cy + ny * half, cx + nx * half, cy - ny * half);
      g.setFill(line ? Color.WHITE : Color.web("#ffb000"));
      g.setFont(Font.font(11));
      double textX = Math.clamp(cx + nx * (half + 4), 2, trackLayer.getWidth() - 28);
      double textY = Math.clamp(cy - ny * (half + 4), 12, trackLayer.getHeight() - 2);
      g.fillText(line ? "S/F" : "S" + (i + 1), textX, textY);
    }
  }

  /** Redraws the cars at their newest posX/posY; skips the redraw when nothing moved. */
  public void refresh(LiveChannels channels) {
    refresh(channels, Double.NaN);
  }

  /**
   * As {@link #refresh(LiveChannels)}; with a finite {@code lapDistanceScale} the cars are placed
   * on the circuit at {@code lapDistance * lapDistanceScale} instead (a game whose positions are in
   * its own world frame). Without a circuit, the own car's path is drawn as it comes.
   */
  public void refresh(LiveChannels channels, double lapDistanceScale) {
    if (track == null) {
      refreshTrail(channels);
      return;
    }
    if (projection == null) {
      return;
    }
    boolean byDistance = !Double.isNaN(lapDistanceScale);
    double[] own = position(channels, "");
    double ownX = byDistance ? channels.latest("lapDistance") : own[0];
    double ownY = byDistance ? lapDistanceScale : own[1];
    List<Integer> cars = channels.cars();
    if (cars.size() <= 1 && ownX == lastDrawn[0] && ownY == lastDrawn[1]) {
      return;
    }
    lastDrawn[0] = ownX;
    lastDrawn[1] = ownY;
    GraphicsContext g = carLayer.getGraphicsContext2D();
    g.clearRect(0, 0, carLayer.getWidth(), carLayer.getHeight());
    for (int car : cars) {
      String prefix = car == 0 ? "" : "car" + car + "/";
      double[] pos = position(channels, prefix);
      double x = pos[0];
      double y = pos[1];
      if (byDistance) {
        double d = channels.latest(prefix + "lapDistance");
        double[] p = Double.isNaN(d) ? null : TrackGeometry.pointAt(track, d * lapDistanceScale);
        x = p == null ? Double.NaN : p[0];
        y = p == null ? Double.NaN : p[1];
      }
      if (!Double.isNaN(x) && !Double.isNaN(y)) {
        drawCar(g, car, projection.toPxX(x), projection.toPxY(y));
      }
    }
  }

  /** No circuit: the own car's path so far, fitted to the canvas, and every car on it. */
  private void refreshTrail(LiveChannels channels) {
    double[] own = position(channels, "");
    if (!trail.add(own[0], own[1]) && channels.cars().size() <= 1) {
      return;
    }
    double w = carLayer.getWidth();
    double h = carLayer.getHeight();
    trailProjection = trail.fit(w, h, MARGIN_PX);
    GraphicsContext g = carLayer.getGraphicsContext2D();
    g.clearRect(0, 0, w, h);
    if (trailProjection == null) {
      return;
    }
    title.setText("car path (no track layout)");
    g.setStroke(CENTRE);
    g.setLineWidth(2);
    g.beginPath();
    for (int i = 0; i < trail.size(); i++) {
      double px = trailProjection.toPxX(trail.x(i));
      double py = trailProjection.toPxY(trail.y(i));
      if (i == 0) {
        g.moveTo(px, py);
      } else {
        g.lineTo(px, py);
      }
    }
    g.stroke();
    for (int car : channels.cars()) {
      String prefix = car == 0 ? "" : "car" + car + "/";
      double[] pos = position(channels, prefix);
      double x = pos[0];
      double y = pos[1];
      if (!Double.isNaN(x) && !Double.isNaN(y)) {
        drawCar(g, car, trailProjection.toPxX(x), trailProjection.toPxY(y));
      }
    }
  }

  /**
   * A car's newest position in map metres: posX/posY, or for a GPS-only source its latitude and
   * longitude through the circuit's georeference (without a circuit: around the first fix).
   */
  private double[] position(LiveChannels channels, String prefix) {
    double x = channels.latest(prefix + "posX");
    double y = channels.latest(prefix + "posY");
    if (!Double.isNaN(x) || !Double.isNaN(y)) {
      return new double[] {x, y};
    }
    double lat = channels.latest(prefix + "latitude");
    double lon = channels.latest(prefix + "longitude");
    if (Double.isNaN(lat) || Double.isNaN(lon)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    if (geo == null) {
      geo = new GeoToLocal(lat, lon, 0);
    }
    return geo.toLocal(lat, lon);
  }

  /** Points of the own car's path kept so far (no circuit known). */
  public int trailPoints() {
    return trail.size();
  }

  /** The map's title, e.g. the circuit's name. */
  public String titleText() {
    return title.getText();
  }

  private static void drawCar(GraphicsContext g, int car, double px, double py) {
    double r = car == 0 ? 7 : 5;
    g.setFill(car == 0 ? OWN_CAR : OTHER_CAR);
    g.fillOval(px - r, py - r, 2 * r, 2 * r);
    g.setStroke(Color.BLACK);
    g.setLineWidth(1.5);
    g.strokeOval(px - r, py - r, 2 * r, 2 * r);
    g.setFill(Color.WHITE);
    g.setFont(Font.font(11));
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.LEFT);
    g.fillText(Integer.toString(car), px + r + 3, py);
  }
}
