package dev.pitwall.hardware.f1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property tests ("fuzzing" that runs in every build): whatever arrives, the decoder counts
 * it and never throws. Every invalid datagram is counted exactly once.
 */
class F1DecoderRobustnessTest {
  private final SourceCounters counters = new SourceCounters();
  private final RecordingOutput out = new RecordingOutput();
  private final F1UdpDecoder decoder = new F1UdpDecoder("fuzz", counters, out);

  private SourceHealth health() {
    return counters.snapshot(SourceState.STREAMING);
  }

  private long rejected() {
    SourceHealth h = health();
    return h.invalidFrames() + h.unknownIds() + h.decodeErrors();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024})
  void randomBytesAreCountedNeverThrown(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int accepted = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] b = new byte[random.nextInt(0, 1600)];
      random.nextBytes(b);
      if (random.nextInt(4) == 0 && b.length >= 7) {
        b[0] = (byte) 0xE8; // 2024: get past the format check more often
        b[1] = 0x07;
      }
      accepted += decoder.decode(b, 0, b.length, i) ? 1 : 0;
    }
    assertEquals(20_000, health().frames());
    assertEquals(20_000 - accepted, rejected());
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void validHeadersWithRandomBodiesDecodeForEveryFormatAndId(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (F1PacketFormat format : F1PacketFormat.values()) {
      for (int id = 0; id < format.packetIdCount(); id++) {
        for (int k = 0; k < 50; k++) {
          byte[] b = new F1PacketBuilder(format, id, random.nextInt(0, 256)).bytes();
          byte[] body = new byte[b.length - 29];
          random.nextBytes(body);
          System.arraycopy(body, 0, b, 29, body.length);
          if (id == F1PacketId.EVENT) {
            System.arraycopy("SPTP".getBytes(), 0, b, 29, 4);
          }
          assertTrue(decoder.decode(b, 0, b.length, 0), () -> "" + health().lastError());
        }
      }
    }
    assertEquals(0, rejected());
  }

  @Test
  void truncatedOversizedWrongVersionAndWrongFormatAreEachCountedOnce() throws IOException {
    List<F1Capture.Packet> packets =
        F1Capture.read(F1TestData.capture(F1TestData.MONZA_FULL_LAP)).packets();
    SplittableRandom random = new SplittableRandom(99);
    int broken = 0;
    for (F1Capture.Packet p : packets) {
      byte[] b = p.data();
      byte[] sent =
          switch (random.nextInt(5)) {
            case 0 -> Arrays.copyOf(b, random.nextInt(0, b.length)); // truncated
            case 1 -> Arrays.copyOf(b, b.length + random.nextInt(1, 64)); // oversized
            case 2 -> withByte(b, 5, random.nextInt(2, 256)); // packet version
            case 3 -> withByte(b, 1, 0x09); // format 0x09E8 = 2536
            default -> b;
          };
      broken += sent == b ? 0 : 1;
      decoder.decode(sent, 0, sent.length, 0);
    }
    assertEquals(broken, health().invalidFrames());
    assertEquals(0, health().decodeErrors());
    String message = health().lastError().message();
    assertTrue(message.startsWith("fuzz datagram #"), message);
  }

  @Test
  void unknownPacketIdAndEventCodeAreCountedAsUnknown() {
    byte[] b = new F1PacketBuilder(F1PacketFormat.F1_24, F1PacketId.MOTION, 0).bytes();
    b[6] = 15; // lap positions exist only from F1 25
    assertEquals(false, decoder.decode(b, 0, b.length, 0));
    byte[] e = new F1PacketBuilder(F1PacketFormat.F1_24, F1PacketId.EVENT, 0).bytes();
    System.arraycopy("XXXX".getBytes(), 0, e, 29, 4);
    assertEquals(false, decoder.decode(e, 0, e.length, 0));
    assertEquals(2, health().unknownIds());
    assertTrue(health().lastError().message().contains("unknown event code 0x58585858"));
  }

  @Test
  void offsetsOutsideTheBufferAreInvalidNotExceptions() {
    byte[] b = new byte[100];
    assertEquals(false, decoder.decode(b, 90, 20, 0));
    assertEquals(false, decoder.decode(null, 0, 0, 0));
    assertEquals(2, health().invalidFrames());
  }

  private static byte[] withByte(byte[] b, int index, int value) {
    byte[] copy = b.clone();
    copy[index] = (byte) value;
    return copy;
  }
}
