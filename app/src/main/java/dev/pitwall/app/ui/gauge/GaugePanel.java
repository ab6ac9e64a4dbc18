package dev.pitwall.app.ui.gauge;

import dev.pitwall.app.ui.stream.LiveChannels;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;

/**
 * The row of TilesFX gauges of the own car: speed, rpm, gear, throttle, brake, steering.
 *
 * <p>Thread contract: FX thread. {@link #refresh} reads the newest value of each channel and sets a
 * tile only when the shown value changes (tiles redraw on every set).
 */
public final class GaugePanel {
  static final Color BACKGROUND = Color.web("#1b1f24");
  private static final Color ACCENT = Color.web("#3fa7ff");

  private final HBox node = new HBox(8);
  private final Map<String, Tile> tiles = new LinkedHashMap<>();
  private final Map<String, Double> shown = new LinkedHashMap<>();
  private final Tile gear;
  private final Label gearLabel = new Label("-");
  private String shownGear = "";
  private long lastRefreshNanos = Long.MIN_VALUE / 2;

  private static final Map<String, String> USUAL_UNITS =
      Map.of(
          "speed", "km/h",
          "rpm", "rpm",
          "throttle", "%",
          "brakePressureFront", "bar",
          "steeringAngle", "deg");

  /** 25 Hz. */
  static final long PERIOD_NANOS = 40_000_000L;

  public GaugePanel() {
    node.getStyleClass().add("gauge-row");
    node.setPadding(new Insets(6));
    // units go into the titles: TilesFX wraps a unit like "km/h" under narrow tiles
    add("speed", gauge("SPEED  km/h", 0, 350, 0, 300));
    add("rpm", gauge("RPM", 0, 13000, 0, 11800));
    gearLabel.getStyleClass().add("gear-value");
    gear =
        TileBuilder.create()
            .skinType(Tile.SkinType.CUSTOM)
            .title("GEAR")
            .graphic(gearLabel)
            .backgroundColor(BACKGROUND)
            .build();
    node.getChildren().add(gear);
    add("throttle", bar("THROTTLE  %", 0, 100, Color.web("#4cd964")));
    add("brakePressureFront", bar("BRAKE FRONT  bar", 0, 120, Color.web("#ff453a")));
    add("steeringAngle", gauge("STEERING  deg", -270, 270, 0, 400));
    for (var tile : node.getChildren()) {
      HBox.setHgrow(tile, Priority.ALWAYS);
      ((Tile) tile).setMinSize(110, 150);
      ((Tile) tile).setPrefSize(170, 170);
    }
  }

  private void add(String channelKey, Tile tile) {
    tiles.put(channelKey, tile);
    node.getChildren().add(tile);
  }

  private static Tile gauge(String title, double min, double max, int decimals, double threshold) {
    return TileBuilder.create()
        .skinType(Tile.SkinType.GAUGE)
        .title(title)
        .minValue(min)
        .maxValue(max)
        .threshold(threshold)
        .checkThreshold(true)
        .decimals(decimals)
        .tickLabelDecimals(0)
        .animated(false)
        .backgroundColor(BACKGROUND)
        .barColor(ACCENT)
        .needleColor(ACCENT)
        .thresholdColor(Color.web("#ff453a"))
        .build();
  }

  private static Tile bar(String title, double min, double max, Color color) {
    return TileBuilder.create()
        .skinType(Tile.SkinType.PERCENTAGE)
        .title(title)
        .maxValueVisible(false)
        .minValue(min)
        .maxValue(max)
        .decimals(0)
        .animated(false)
        .backgroundColor(BACKGROUND)
        .barColor(color)
        .build();
  }

  public HBox node() {
    return node;
  }

  /** The tile showing {@code channelKey} (speed, rpm, throttle, ...); for tests and layout. */
  public Tile tile(String channelKey) {
    return tiles.get(channelKey);
  }

  /**
   * Puts {@code unit} into the title of the tile showing {@code channelKey} when the channel
   * feeding it is not in the tile's usual unit (a mapped channel shown unconverted, e.g. brake in
   * %).
   */
  public void showUnit(String channelKey, String unit) {
    Tile tile = tiles.get(channelKey);
    if (tile == null || unit == null) {
      return;
    }
    String title = tile.getTitle();
    int gap = title.indexOf("  ");
    String base = gap < 0 ? title : title.substring(0, gap);
    String wanted =
        unit.equals(USUAL_UNITS.get(channelKey))
            ? base + (channelKey.equals("rpm") ? "" : "  " + unit)
            : unit.isEmpty() || unit.equals("-") ? base : base + "  " + unit;
    if (!wanted.equals(title)) {
      tile.setTitle(wanted);
    }
  }

  /** The keys of the channels shown on tiles (speed, rpm, throttle, ...). */
  public java.util.Set<String> channelKeys() {
    return tiles.keySet();
  }

  /** The gear as shown (R, N, 1..8, or - before data). */
  public String gearText() {
    return gearLabel.getText();
  }

  /**
   * Shows the newest values at most every {@link #PERIOD_NANOS} of pulse time: a tile redraws its
   * whole skin per value, and the eye cannot follow a needle faster than that anyway. Channels with
   * no data yet keep their tile unchanged.
   */
  public void refresh(LiveChannels channels, long pulseNanos) {
    if (pulseNanos - lastRefreshNanos < PERIOD_NANOS) {
      return;
    }
    lastRefreshNanos = pulseNanos;
    for (Map.Entry<String, Tile> e : tiles.entrySet()) {
      double v = channels.latest(e.getKey());
      if (Double.isNaN(v)) {
        continue;
      }
      Tile tile = e.getValue();
      double rounded = round(v, tile.getDecimals());
      Double before = shown.get(e.getKey());
      if (before == null || before != rounded) {
        shown.put(e.getKey(), rounded);
        tile.setValue(Math.clamp(rounded, tile.getMinValue(), tile.getMaxValue()));
      }
    }
    String g = gearText(channels.latest("gear"));
    if (!g.equals(shownGear)) {
      shownGear = g;
      gearLabel.setText(g);
    }
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }

  /** Gear as drivers read it: R for reverse, N for neutral. */
  static String gearText(double gearValue) {
    if (Double.isNaN(gearValue)) {
      return "-";
    }
    long g = Math.round(gearValue);
    return g < 0 ? "R" : g == 0 ? "N" : Long.toString(g);
  }
}
