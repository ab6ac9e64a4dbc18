package dev.pitwall.hardware.can.slcan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A linked pseudo-terminal pair made by socat; both ends appear as symlinks {@code a} and {@code
 * b}.
 */
final class SocatPtyPair implements AutoCloseable {
  final Path a;
  final Path b;
  private final Process process;

  private SocatPtyPair(Path dir) throws IOException, InterruptedException {
    this.a = dir.resolve("a");
    this.b = dir.resolve("b");
    process =
        new ProcessBuilder(
                "socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("socat-" + System.nanoTime() + ".log").toFile())
            .start();
    long end = System.currentTimeMillis() + 5_000;
    while (!(Files.exists(a) && Files.exists(b)) && System.currentTimeMillis() < end) {
      Thread.sleep(10);
    }
    if (!(Files.exists(a) && Files.exists(b))) {
      close();
      throw new IOException("socat did not create " + a + " and " + b);
    }
  }

  static boolean socatInstalled() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "socat"))) {
        return true;
      }
    }
    return false;
  }

  static SocatPtyPair open(Path dir) throws IOException, InterruptedException {
    assumeTrue(
        socatInstalled(),
        "socat is not installed (apt-get install -y socat); SLCAN pty tests skipped");
    return new SocatPtyPair(dir);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
