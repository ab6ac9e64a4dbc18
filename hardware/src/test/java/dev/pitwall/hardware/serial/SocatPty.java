package dev.pitwall.hardware.serial;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A pair of linked pseudo terminals made by {@code socat -d -d pty,raw,echo=0,link=A
 * pty,raw,echo=0,link=B}: the source opens A, the test writes into B. Killing and restarting it is
 * what an unplugged and re-enumerated USB device looks like to the source.
 */
final class SocatPty implements AutoCloseable {
  final Path deviceA;
  final Path deviceB;
  private Process process;
  private OutputStream writer;

  SocatPty(Path dir) {
    this.deviceA = dir.resolve("ttyA");
    this.deviceB = dir.resolve("ttyB");
  }

  static void assumeSocat() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      found |= Files.isExecutable(Path.of(dir, "socat"));
    }
    assumeTrue(found, "socat not on PATH: serial pty tests skipped (apt-get install socat)");
  }

  SocatPty start() throws IOException, InterruptedException {
    process =
        new ProcessBuilder(
                "socat",
                "-d",
                "-d",
                "pty,raw,echo=0,link=" + deviceA,
                "pty,raw,echo=0,link=" + deviceB)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!(Files.exists(deviceA) && Files.exists(deviceB))) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IOException("socat did not create " + deviceA + " and " + deviceB);
      }
      Thread.sleep(20);
    }
    writer = Files.newOutputStream(deviceB);
    return this;
  }

  void write(String text) throws IOException {
    writer.write(text.getBytes(StandardCharsets.US_ASCII));
    writer.flush();
  }

  /** Ends socat (the device disappears); the links are removed by socat on SIGTERM. */
  void kill() throws InterruptedException {
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (IOException ignored) {
      // the pty may already be gone
    }
    if (process != null) {
      process.destroy();
      process.waitFor(5, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
  }

  @Override
  public void close() {
    try {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
