package dev.pitwall.app.ui.sessions;

import dev.pitwall.core.session.catalog.SessionQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * The search fields above the session list: a date range (local days, both ends included) and
 * track, car and driver text (case-insensitive substrings). Every change calls {@code onChange}.
 *
 * <p>Thread contract: FX thread.
 */
public final class SessionFilter {
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final TextField track = new TextField();
  private final TextField car = new TextField();
  private final TextField driver = new TextField();
  private final Button clear = new Button("Clear");
  private final HBox node;
  private final ZoneId zone;
  private final Runnable onChange;
  private boolean clearing;

  public SessionFilter(ZoneId zone, Runnable onChange) {
    this.zone = zone;
    this.onChange = onChange;
    from.setId("filter-from");
    to.setId("filter-to");
    track.setId("filter-track");
    car.setId("filter-car");
    driver.setId("filter-driver");
    clear.setId("filter-clear");
    for (DatePicker d : new DatePicker[] {from, to}) {
      d.setPrefWidth(130);
      d.setPromptText("yyyy-mm-dd");
      // the Started column's ISO form, whatever the locale (a race weekend spans countries)
      d.setConverter(
          new javafx.util.converter.LocalDateStringConverter(
              java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
              java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
      d.valueProperty().addListener((o, was, now) -> changed());
    }
    for (TextField t : new TextField[] {track, car, driver}) {
      t.setPrefColumnCount(10);
      t.textProperty().addListener((o, was, now) -> changed());
    }
    track.setPromptText("any track");
    car.setPromptText("any car");
    driver.setPromptText("any driver");
    clear.setOnAction(e -> clear());
    node =
        new HBox(
            8,
            label("From"),
            from,
            label("to"),
            to,
            label("Track"),
            track,
            label("Car"),
            car,
            label("Driver"),
            driver,
            clear);
    node.setAlignment(Pos.CENTER_LEFT);
    node.setPadding(new Insets(8, 10, 8, 10));
    node.getStyleClass().add("session-filter");
  }

  private void changed() {
    if (!clearing) {
      onChange.run();
    }
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("filter-label");
    return l;
  }

  public Node node() {
    return node;
  }

  /** Empties every field (one search, not five). */
  public void clear() {
    clearing = true;
    try {
      from.setValue(null);
      to.setValue(null);
      track.clear();
      car.clear();
      driver.clear();
    } finally {
      clearing = false;
    }
    onChange.run();
  }

  /** The query the fields describe now. */
  public SessionQuery query() {
    return new SessionQuery(
        Optional.ofNullable(from.getValue()).map(d -> d.atStartOfDay(zone).toInstant()),
        Optional.ofNullable(to.getValue()).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
        text(track),
        text(car),
        text(driver));
  }

  private static Optional<String> text(TextField field) {
    String t = field.getText() == null ? "" : field.getText().strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t.toLowerCase(java.util.Locale.ROOT));
  }

  public void setRange(LocalDate fromDay, LocalDate toDay) {
    from.setValue(fromDay);
    to.setValue(toDay);
  }

  public TextField track() {
    return track;
  }

  public TextField car() {
    return car;
  }

  public TextField driver() {
    return driver;
  }
}
