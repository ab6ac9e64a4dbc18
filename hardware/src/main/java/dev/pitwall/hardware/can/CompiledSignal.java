package dev.pitwall.hardware.can;

import dev.pitwall.hardware.can.dbc.ByteOrder;
import dev.pitwall.hardware.can.dbc.DbcSignal;
import dev.pitwall.hardware.can.dbc.SignalLayout;
import dev.pitwall.hardware.can.dbc.ValueType;

/**
 * A signal reduced to what extraction needs: a byte span, a shift, a mask and the scaling. Built
 * once per DBC so the per-frame work is a short loop with no branching on the DBC model.
 */
final class CompiledSignal {
  final int channelIndex;
  final boolean multiplexor;
  final long multiplexValue;
  final int lastByte;
  private final int firstByte;
  private final int shift;
  private final int lengthBits;
  private final long mask;
  private final boolean intel;
  private final boolean wide;
  private final ValueType valueType;
  private final double factor;
  private final double offset;
  private final int startBit;

  CompiledSignal(DbcSignal s, int payloadBytes, int channelIndex) {
    SignalLayout layout =
        SignalLayout.of(s.byteOrder(), s.startBit(), s.lengthBits(), payloadBytes);
    this.channelIndex = channelIndex;
    this.multiplexor = s.multiplexor();
    this.multiplexValue = s.multiplexValue();
    this.firstByte = layout.firstByte();
    this.lastByte = layout.lastByte();
    this.shift = layout.shiftRight();
    this.lengthBits = s.lengthBits();
    this.mask = lengthBits == 64 ? -1L : (1L << lengthBits) - 1;
    this.intel = s.byteOrder() == ByteOrder.INTEL;
    this.wide = lastByte - firstByte >= 8;
    this.valueType = s.valueType();
    this.factor = s.factor();
    this.offset = s.offset();
    this.startBit = s.startBit();
  }

  /**
   * Raw bits of the signal, right-aligned; the caller guarantees {@code data.length > lastByte}.
   */
  long raw(byte[] data) {
    if (wide) {
      return rawBitByBit(data);
    }
    long v = 0;
    if (intel) {
      for (int b = lastByte; b >= firstByte; b--) {
        v = (v << 8) | (data[b] & 0xFF);
      }
    } else {
      for (int b = firstByte; b <= lastByte; b++) {
        v = (v << 8) | (data[b] & 0xFF);
      }
    }
    return (v >>> shift) & mask;
  }

  /** Physical value: raw bits interpreted by value type, then scaled. */
  double value(byte[] data) {
    long raw = raw(data);
    return switch (valueType) {
      case UNSIGNED -> unsignedToDouble(raw) * factor + offset;
      case SIGNED -> signExtend(raw) * factor + offset;
      case FLOAT32 -> Float.intBitsToFloat((int) raw) * factor + offset;
      case FLOAT64 -> Double.longBitsToDouble(raw) * factor + offset;
    };
  }

  private long signExtend(long raw) {
    int unused = 64 - lengthBits;
    return (raw << unused) >> unused;
  }

  private static double unsignedToDouble(long raw) {
    double d = (double) (raw & 0x7FFF_FFFF_FFFF_FFFFL);
    return raw < 0 ? d + 0x1.0p63 : d;
  }

  /** Signals spanning 9 bytes (more than 57 bits at an odd offset): rare, so kept simple. */
  private long rawBitByBit(byte[] data) {
    long v = 0;
    if (intel) {
      for (int i = lengthBits - 1; i >= 0; i--) {
        int bit = startBit + i;
        v = (v << 1) | ((data[bit / 8] >> (bit % 8)) & 1);
      }
      return v;
    }
    int linear = (startBit / 8) * 8 + (7 - startBit % 8);
    for (int i = 0; i < lengthBits; i++) {
      int pos = linear + i;
      v = (v << 1) | ((data[pos / 8] >> (7 - pos % 8)) & 1);
    }
    return v;
  }
}
