package dev.pitwall.hardware.f1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads packed little-endian fields straight out of a datagram's byte array (no ByteBuffer per
 * datagram). Callers check bounds first: the decoder validates the packet size before reading.
 */
final class LittleEndianBytes {
  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private LittleEndianBytes() {}

  static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  static int i8(byte[] b, int i) {
    return b[i];
  }

  static int u16(byte[] b, int i) {
    return ((short) SHORT.get(b, i)) & 0xFFFF;
  }

  static int i16(byte[] b, int i) {
    return (short) SHORT.get(b, i);
  }

  static long u32(byte[] b, int i) {
    return ((int) INT.get(b, i)) & 0xFFFFFFFFL;
  }

  static float f32(byte[] b, int i) {
    return (float) FLOAT.get(b, i);
  }

  static long i64(byte[] b, int i) {
    return (long) LONG.get(b, i);
  }
}
