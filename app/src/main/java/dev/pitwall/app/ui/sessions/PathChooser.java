package dev.pitwall.app.ui.sessions;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file. The real one is JavaFX's native {@link FileChooser}, which headless
 * tests cannot drive; they inject a chooser that answers with a path.
 *
 * <p>Thread contract: FX thread; may block in a nested event loop while the native dialog is open.
 */
public interface PathChooser {

  /** A file to read, or empty when the user cancelled. */
  Optional<Path> open(Window owner, String title);

  /**
   * A file to write, or empty when the user cancelled.
   *
   * @param suggestedName file name offered first, e.g. {@code session-12.csv}
   */
  Optional<Path> save(Window owner, String title, String suggestedName);

  /** The platform's file dialogs. */
  static PathChooser platform() {
    return new PathChooser() {
      @Override
      public Optional<Path> open(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser
            .getExtensionFilters()
            .addAll(
                new FileChooser.ExtensionFilter(
                    "Telemetry (CSV, Parquet)", "*.csv", "*.CSV", "*.parquet"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
      }

      @Override
      public Optional<Path> save(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
      }
    };
  }
}
