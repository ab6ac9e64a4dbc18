package dev.pitwall.analytics.tyre.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The trained telemetry tyre models on disk, one numbered directory per version ({@code v0001/},
 * {@code v0002/}, …) under a root; the highest number is the latest. Each holds the model ({@link
 * TelemetryTyreModel#save}) and {@code training.properties}: the session ids it was trained on and
 * the number of laps. Saving never overwrites a version. Thread-safe for reads; one writer.
 *
 * <p>Live use (e.g. the strategy worker): {@code registry.latest()} once, then per thread {@code
 * entry.open()} → {@code model.newPredictor()} → {@code predict(lap, stintAverage)}.
 */
public final class TyreModelRegistry {
  static final String TRAINING_FILE = "training.properties";
  private static final Pattern VERSION = Pattern.compile("v(\\d{4,})");

  /** One stored version: its name ({@code v0003}), directory and training sessions. */
  public record Entry(String name, int number, Path dir, List<Long> sessionIds, int laps) {
    public Entry {
      sessionIds = List.copyOf(sessionIds);
    }

    /** Loads the model (owns native memory: close it). */
    public TelemetryTyreModel open() {
      return TelemetryTyreModel.load(dir);
    }

    /** The newest session this version was trained on, or -1. */
    public long lastSessionId() {
      return sessionIds.stream().mapToLong(Long::longValue).max().orElse(-1);
    }
  }

  /** Where models live by default: {@code tyre-models} next to the session database file. */
  public static final String DEFAULT_DIR = "tyre-models";

  private final Path root;

  public TyreModelRegistry(Path root) {
    this.root = root;
  }

  /** The registry next to a session database ({@code db} with or without {@code .mv.db}). */
  public static TyreModelRegistry besideDatabase(Path db) {
    Path parent = db.toAbsolutePath().getParent();
    return new TyreModelRegistry(parent.resolve(DEFAULT_DIR));
  }

  /**
   * Loads the latest version, if any (call {@link PyTorchSettings#applyDefaults()} first). The
   * caller owns the model: close it when replaced; predict through {@code newPredictor()}, one per
   * thread.
   */
  public Optional<TelemetryTyreModel> openLatest() {
    return latest().map(Entry::open);
  }

  public Path root() {
    return root;
  }

  /** Saves {@code model} as the next version; returns it. */
  public Entry save(TelemetryTyreModel model, List<Long> sessionIds) {
    int next = versions().stream().mapToInt(Entry::number).max().orElse(0) + 1;
    String name = String.format(java.util.Locale.ROOT, "v%04d", next);
    Path dir = root.resolve(name);
    if (Files.exists(dir)) {
      throw new IllegalStateException("tyre model version " + dir + " already exists");
    }
    model.save(dir);
    Properties p = new Properties();
    p.setProperty("sessions", String.join(",", sessionIds.stream().map(String::valueOf).toList()));
    p.setProperty("laps", Integer.toString(model.version().trainingLaps()));
    try (OutputStream out = Files.newOutputStream(dir.resolve(TRAINING_FILE))) {
      p.store(out, "sessions the tyre model was trained on");
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + dir.resolve(TRAINING_FILE), e);
    }
    return entry(dir, next).orElseThrow();
  }

  /** Every readable version, oldest first; a directory that is not a version is ignored. */
  public List<Entry> versions() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.toList()) {
        Matcher m = VERSION.matcher(dir.getFileName().toString());
        if (m.matches() && Files.isRegularFile(dir.resolve("model.properties"))) {
          entry(dir, Integer.parseInt(m.group(1))).ifPresent(out::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing tyre models in " + root, e);
    }
    out.sort(Comparator.comparingInt(Entry::number));
    return out;
  }

  /** The highest-numbered version, if any. */
  public Optional<Entry> latest() {
    List<Entry> all = versions();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static Optional<Entry> entry(Path dir, int number) {
    Properties p = new Properties();
    Path file = dir.resolve(TRAINING_FILE);
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    List<Long> sessions = new ArrayList<>();
    for (String s : ModelFiles.split(p.getProperty("sessions", ""), ",")) {
      try {
        sessions.add(Long.parseLong(s.strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    int laps = Integer.parseInt(p.getProperty("laps", "0"));
    return Optional.of(new Entry(dir.getFileName().toString(), number, dir, sessions, laps));
  }
}
