package dev.pitwall.hardware.f1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The recorder container keeps what is readable when a file is damaged. */
class F1CaptureTest {
  private static final Path FILE = Path.of("rec.bin");

  private static byte[] container(int declared, byte[]... datagrams) {
    ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(declared);
    float t = 0;
    for (byte[] d : datagrams) {
      b.putFloat(t += 0.016f).putInt(d.length).put(d);
    }
    return Arrays.copyOf(b.array(), b.position());
  }

  @Test
  void readsAnIntactContainer() {
    F1Capture c = F1Capture.parse(FILE, container(2, new byte[] {1, 2}, new byte[] {3}));
    assertNull(c.problem());
    assertEquals(2, c.packets().size());
    assertEquals(14, c.packets().get(1).fileOffset());
    assertEquals(0.032f, c.packets().get(1).timestampS(), 1e-6);
  }

  @Test
  void keepsThePacketsBeforeACutOffEnd() {
    byte[] whole = container(3, new byte[] {1, 2}, new byte[] {3, 4, 5}, new byte[] {6});
    F1Capture c = F1Capture.parse(FILE, Arrays.copyOf(whole, whole.length - 3));
    assertEquals(2, c.packets().size());
    assertTrue(c.problem().contains("rec.bin at offset 25: packet 2"), c.problem());
  }

  @Test
  void reportsALengthBeyondTheFileAndTrailingBytes() {
    byte[] bad = container(1, new byte[] {1, 2});
    bad[8] = 100; // length field of packet 0
    assertTrue(F1Capture.parse(FILE, bad).problem().contains("length 100 exceeds data"));
    byte[] trailing = Arrays.copyOf(container(1, new byte[] {1}), 20);
    assertTrue(F1Capture.parse(FILE, trailing).problem().contains("trailing bytes"));
    assertTrue(F1Capture.parse(FILE, new byte[2]).problem().contains("shorter than"));
  }
}
