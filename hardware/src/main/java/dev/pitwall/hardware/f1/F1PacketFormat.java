package dev.pitwall.hardware.f1;

/**
 * The per-year differences of the EA F1 UDP formats (header {@code m_packetFormat} 2023, 2024,
 * 2025): packet sizes by id and the strides/offsets of the structs that changed. Sizes come from
 * the "Size:" lines of the official specifications (F1 23 v29x3, F1 24, F1 25 C++ structures).
 */
public enum F1PacketFormat {
  F1_23(
      2023,
      new int[] {1349, 644, 1131, 45, 1306, 1107, 1352, 1239, 1020, 1218, 953, 1460, 231, 217},
      50,
      18,
      false,
      58,
      48,
      42),
  F1_24(
      2024,
      new int[] {1349, 753, 1285, 45, 1350, 1133, 1352, 1239, 1020, 1306, 953, 1460, 231, 237, 101},
      57,
      20,
      true,
      60,
      48,
      42),
  F1_25(
      2025,
      new int[] {
        1349, 753, 1285, 45, 1284, 1133, 1352, 1239, 1042, 954, 1041, 1460, 231, 273, 101, 1131
      },
      57,
      20,
      true,
      57,
      32,
      46);

  /** Packed header size in bytes, identical in all three formats. */
  public static final int HEADER_BYTES = 29;

  private final int packetFormat;
  private final int[] sizeById;
  private final int lapDataStride;
  private final int lapDistanceOffset;
  private final boolean minutePartsInDeltas;
  private final int participantStride;
  private final int nameBytes;
  private final int damageStride;

  F1PacketFormat(
      int packetFormat,
      int[] sizeById,
      int lapDataStride,
      int lapDistanceOffset,
      boolean minutePartsInDeltas,
      int participantStride,
      int nameBytes,
      int damageStride) {
    this.packetFormat = packetFormat;
    this.sizeById = sizeById;
    this.lapDataStride = lapDataStride;
    this.lapDistanceOffset = lapDistanceOffset;
    this.minutePartsInDeltas = minutePartsInDeltas;
    this.participantStride = participantStride;
    this.nameBytes = nameBytes;
    this.damageStride = damageStride;
  }

  /** The format for a header's {@code m_packetFormat}, or null when unsupported. */
  public static F1PacketFormat of(int packetFormat) {
    return switch (packetFormat) {
      case 2023 -> F1_23;
      case 2024 -> F1_24;
      case 2025 -> F1_25;
      default -> null;
    };
  }

  public int packetFormat() {
    return packetFormat;
  }

  /** Number of packet ids this format defines (ids 0 .. count-1). */
  public int packetIdCount() {
    return sizeById.length;
  }

  /** Expected datagram size in bytes of packet {@code id}; -1 when the id is unknown. */
  public int expectedSize(int id) {
    return id >= 0 && id < sizeById.length ? sizeById[id] : -1;
  }

  int lapDataStride() {
    return lapDataStride;
  }

  /** Offset of {@code m_lapDistance} in LapData; F1 24 added two minute-part bytes before it. */
  int lapDistanceOffset() {
    return lapDistanceOffset;
  }

  boolean minutePartsInDeltas() {
    return minutePartsInDeltas;
  }

  int participantStride() {
    return participantStride;
  }

  int nameBytes() {
    return nameBytes;
  }

  int damageStride() {
    return damageStride;
  }

  /** Offset of {@code m_frontLeftWingDamage} in CarDamageData; F1 25 inserted tyre blisters. */
  int wingDamageOffset() {
    return damageStride == 46 ? 28 : 24;
  }
}
