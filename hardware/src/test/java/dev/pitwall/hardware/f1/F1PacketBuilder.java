package dev.pitwall.hardware.f1;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Test helper: a packed little-endian F1 datagram of the exact size for its format and id. */
final class F1PacketBuilder {
  final ByteBuffer buf;

  F1PacketBuilder(F1PacketFormat format, int id, int playerIndex) {
    buf = ByteBuffer.allocate(format.expectedSize(id)).order(ByteOrder.LITTLE_ENDIAN);
    buf.putShort(0, (short) format.packetFormat());
    buf.put(2, (byte) (format.packetFormat() - 2000));
    buf.put(5, (byte) 1);
    buf.put(6, (byte) id);
    buf.putFloat(15, 12.5f);
    buf.put(27, (byte) playerIndex);
    buf.put(28, (byte) 255);
  }

  F1PacketBuilder u8(int offset, int value) {
    buf.put(offset, (byte) value);
    return this;
  }

  F1PacketBuilder u16(int offset, int value) {
    buf.putShort(offset, (short) value);
    return this;
  }

  F1PacketBuilder u32(int offset, long value) {
    buf.putInt(offset, (int) value);
    return this;
  }

  F1PacketBuilder f32(int offset, float value) {
    buf.putFloat(offset, value);
    return this;
  }

  byte[] bytes() {
    return buf.array();
  }
}
