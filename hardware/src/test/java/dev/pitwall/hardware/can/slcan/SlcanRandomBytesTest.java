package dev.pitwall.hardware.can.slcan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanFrame;
import dev.pitwall.hardware.can.ChecksumScheme;
import dev.pitwall.hardware.can.dbc.DbcParser;
import dev.pitwall.hardware.can.dbc.DbcParserTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Random bytes from the "adapter" must never end the SLCAN source thread. */
class SlcanRandomBytesTest {

  /** An in-memory adapter: acknowledges every command, then streams a prepared byte sequence. */
  private static final class ScriptedLink implements SerialLink {
    final ConcurrentLinkedQueue<byte[]> toHost = new ConcurrentLinkedQueue<>();
    private final byte[] stream;
    private final SplittableRandom rnd;
    private int streamed;
    private volatile boolean opened;

    ScriptedLink(byte[] stream, SplittableRandom rnd) {
      this.stream = stream;
      this.rnd = rnd;
    }

    @Override
    public String name() {
      return "scripted";
    }

    @Override
    public void open() {}

    @Override
    public int read(byte[] buffer) throws IOException {
      byte[] reply = toHost.poll();
      if (reply != null) {
        System.arraycopy(reply, 0, buffer, 0, reply.length);
        return reply.length;
      }
      if (opened && streamed < stream.length) {
        int n = Math.min(1 + rnd.nextInt(300), Math.min(buffer.length, stream.length - streamed));
        System.arraycopy(stream, streamed, buffer, 0, n);
        streamed += n;
        return n;
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }

    @Override
    public void write(byte[] bytes) {
      toHost.add(new byte[] {'\r'});
      if (bytes.length > 0 && bytes[0] == 'O') {
        opened = true;
      }
    }

    @Override
    public boolean isPresent() {
      return true;
    }

    @Override
    public void close() {}

    boolean done() {
      return streamed == stream.length;
    }
  }

  @Test
  void randomBytesAreCountedAndNeverEndTheSourceThread() throws Exception {
    SplittableRandom rnd = new SplittableRandom(2026);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    int validFrames = 0;
    for (int i = 0; i < 5_000; i++) {
      if (rnd.nextBoolean()) {
        byte[] junk = new byte[rnd.nextInt(1, 60)];
        rnd.nextBytes(junk);
        stream.writeBytes(junk);
        stream.write('\r');
      } else {
        byte[] data = new byte[rnd.nextInt(9)];
        rnd.nextBytes(data);
        CanFrame f = CanFrame.classic(0, rnd.nextBoolean() ? 100 : rnd.nextInt(0x800), false, data);
        stream.writeBytes(SlcanCodec.bytes(SlcanCodec.encode(f, -1)));
        validFrames++;
      }
    }
    ScriptedLink link = new ScriptedLink(stream.toByteArray(), rnd);
    CanDecoder decoder =
        new CanDecoder(DbcParser.parse("sample.dbc", DbcParserTest.SAMPLE), ChecksumScheme.NONE);
    try (SlcanSource source = new SlcanSource("slcan:scripted", link, decoder, 500_000, false)) {
      source.start(b -> {});
      long end = System.currentTimeMillis() + 10_000;
      while (!link.done() && System.currentTimeMillis() < end) {
        Thread.sleep(10);
      }
      Thread.sleep(100);
      SourceHealth h = source.health();
      System.out.println("SLCAN random bytes: " + h);
      assertTrue(link.done(), "all bytes consumed");
      assertEquals(SourceState.STREAMING, source.state());
      assertTrue(
          h.frames() >= validFrames, h.frames() + " frames for " + validFrames + " valid lines");
      assertTrue(h.invalidFrames() > 1_000, h.toString());
      assertTrue(h.unknownIds() > 0 && h.samples() > 0, h.toString());
      assertEquals(0, h.reconnects());
      assertFalse(h.lastError().message().contains("source thread ended"), h.lastError().message());
    }
  }
}
