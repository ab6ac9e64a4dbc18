package dev.pitwall.bench.storage;

import dev.pitwall.core.telemetry.SampleBlock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline of the write benchmarks: samples written uncompressed (4-byte time delta from the
 * block's first sample + 8-byte double = {@value #BYTES_PER_SAMPLE} bytes) to a plain file through
 * a {@link FileChannel}, in a temporary directory made and deleted per trial. One benchmark thread.
 */
@State(Scope.Benchmark)
public class PlainFile {
  public static final int BYTES_PER_SAMPLE = 12;

  private Path dir;
  private FileChannel file;
  // grows to one operation's samples during warm-up, then is reused
  private ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("pitwall-plain");
    file =
        FileChannel.open(
            dir.resolve("plain.bin"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  @TearDown
  public void tearDown() throws IOException {
    file.force(false);
    file.close();
    TrialDirectory.delete(dir);
  }

  /** Encodes a block into the buffer; {@link #write()} sends what was appended to the file. */
  public void append(SampleBlock block) {
    if (buffer.remaining() < block.size() * BYTES_PER_SAMPLE) {
      grow(block.size() * BYTES_PER_SAMPLE);
    }
    long previous = block.timeNanos(0);
    for (int i = 0; i < block.size(); i++) {
      buffer.putInt((int) (block.timeNanos(i) - previous));
      buffer.putDouble(block.value(i));
      previous = block.timeNanos(i);
    }
  }

  /** Writes everything appended since the last write. */
  public void write() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      file.write(buffer);
    }
    buffer.clear();
  }

  private void grow(int bytesNeeded) {
    int capacity = Math.max(buffer.capacity() * 2, buffer.position() + bytesNeeded);
    ByteBuffer larger = ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
    buffer = larger.put(buffer.flip());
  }
}
