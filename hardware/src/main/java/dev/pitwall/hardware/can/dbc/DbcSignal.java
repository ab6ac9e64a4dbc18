package dev.pitwall.hardware.can.dbc;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One signal of a DBC message. Physical value = raw * factor + offset.
 *
 * @param startBit DBC start bit (LSB for Intel, MSB in DBC numbering for Motorola)
 * @param multiplexor true for the {@code M} signal that selects the multiplexed group
 * @param multiplexValue the multiplexor value this signal is sent under ({@code mN}); -1 if always
 * @param valueTable raw value to description ({@code VAL_}); empty when none
 * @param comment {@code CM_ SG_} text, empty when none
 * @param attributes {@code BA_ ... SG_} values as written (strings unquoted)
 * @param line line of the {@code SG_} statement, for messages about this signal
 */
public record DbcSignal(
    String name,
    int startBit,
    int lengthBits,
    ByteOrder byteOrder,
    ValueType valueType,
    double factor,
    double offset,
    double minimum,
    double maximum,
    String unit,
    List<String> receivers,
    boolean multiplexor,
    long multiplexValue,
    SortedMap<Long, String> valueTable,
    String comment,
    Map<String, String> attributes,
    int line) {

  public DbcSignal {
    receivers = List.copyOf(receivers);
    valueTable = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(valueTable));
    attributes = Map.copyOf(attributes);
  }

  public boolean isMultiplexed() {
    return multiplexValue >= 0;
  }

  public boolean isSigned() {
    return valueType == ValueType.SIGNED;
  }
}
