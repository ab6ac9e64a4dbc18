package dev.pitwall.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves a PNG of a scene: the snapshot is taken on the FX thread (it must be), the PNG encoding
 * (tens of ms for a full-HD screen) runs on the given background executor.
 */
public final class SnapshotWriter {
  private SnapshotWriter() {}

  /** Call on the FX thread; the future completes on {@code background} with the written file. */
  public static CompletableFuture<Path> write(Scene scene, Path file, Executor background) {
    WritableImage image = scene.snapshot(null);
    return CompletableFuture.supplyAsync(() -> encode(image, file), background);
  }

  private static Path encode(WritableImage image, Path file) {
    BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!ImageIO.write(buffered, "png", file.toFile())) {
        throw new IOException("no PNG writer available");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot " + file + ": " + e.getMessage(), e);
    }
  }
}
