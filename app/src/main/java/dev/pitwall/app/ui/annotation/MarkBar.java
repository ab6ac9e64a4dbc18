package dev.pitwall.app.ui.annotation;

import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationKind;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The live window's "Mark" bar: a kind (note, marker, pit, flag, setup), a text and a Mark button
 * (or key M outside a text field) that appends an annotation at the session's current time.
 *
 * <p>Thread contract: FX thread. The time is taken on the FX thread when the engineer marks; the
 * database write runs on {@code background} and its outcome comes back through {@code toFx}.
 */
public final class MarkBar {
  private final SessionAnnotations store;
  private final Supplier<Optional<MarkPoint>> now;
  private final String author;
  private final Executor background;
  private final Executor toFx;
  private final HBox node = new HBox(6);
  private final ChoiceBox<AnnotationKind> kind = new ChoiceBox<>();
  private final TextField text = new TextField();
  private final Label status = new Label();

  /**
   * @param now the session being recorded and its current time; empty when nothing records
   * @param author who marks (e.g. the OS user)
   */
  public MarkBar(
      SessionAnnotations store,
      Supplier<Optional<MarkPoint>> now,
      String author,
      Executor background,
      Executor toFx) {
    this.store = Objects.requireNonNull(store, "store");
    this.now = Objects.requireNonNull(now, "now");
    this.author = Objects.requireNonNull(author, "author");
    this.background = background;
    this.toFx = toFx;
    kind.setItems(
        FXCollections.observableArrayList(
            Arrays.stream(AnnotationKind.values()).filter(AnnotationKind::byEngineer).toList()));
    kind.setValue(AnnotationKind.MARKER);
    kind.setConverter(new KindNames());
    kind.setId("mark-kind");
    text.setId("mark-text");
    text.setPromptText("note (Enter or M to mark)");
    text.setPrefColumnCount(28);
    text.setOnAction(e -> mark());
    Button mark = new Button("Mark");
    mark.setId("mark-button");
    mark.setOnAction(e -> mark());
    status.setId("mark-status");
    status.getStyleClass().add("toolbar-info");
    node.getStyleClass().add("mark-bar");
    node.setStyle("-fx-padding: 4 8 4 8; -fx-alignment: center-left");
    node.getChildren().addAll(new Label("Annotate"), kind, text, mark, status);
  }

  public HBox node() {
    return node;
  }

  /** Key M (not while typing in a text field) marks, like the button. */
  public void installKey(Scene scene) {
    scene.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          boolean typing = scene.getFocusOwner() instanceof TextInputControl;
          if (e.getCode() == KeyCode.M && !typing && !e.isShortcutDown() && !e.isAltDown()) {
            mark();
            e.consume();
          }
        });
  }

  /** Appends an annotation at the current session time; returns when it is stored or failed. */
  public CompletableFuture<Annotation> mark() {
    Optional<MarkPoint> at = now.get();
    if (at.isEmpty()) {
      status.setText("nothing is being recorded");
      return CompletableFuture.failedFuture(new IllegalStateException("no session"));
    }
    AnnotationKind k = kind.getValue();
    String t = text.getText() == null ? "" : text.getText();
    MarkPoint p = at.get();
    CompletableFuture<Annotation> done =
        CompletableFuture.supplyAsync(
            () -> store.annotate(p.sessionId(), k, p.atNanos(), t, author), background);
    done.whenCompleteAsync((a, error) -> show(a, error), toFx);
    return done;
  }

  private void show(Annotation a, Throwable error) {
    if (a != null) {
      text.clear();
      status.setText(a.kind().id() + " at " + SessionTimeText.format(a.startNanos()));
    } else {
      Throwable cause = error.getCause() != null ? error.getCause() : error;
      status.setText("not added: " + cause.getMessage());
    }
  }

  public Label status() {
    return status;
  }

  public ChoiceBox<AnnotationKind> kind() {
    return kind;
  }

  private static final class KindNames extends StringConverter<AnnotationKind> {
    @Override
    public String toString(AnnotationKind k) {
      return k == null ? "" : k.id();
    }

    @Override
    public AnnotationKind fromString(String s) {
      return AnnotationKind.parse(s);
    }
  }
}
