package dev.pitwall.hardware.can.dbc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code BO_} message. The DBC id carries bit 31 (0x80000000) for 29-bit extended frames; here
 * the flag is split off into {@code extended} and {@code id} is the bare CAN identifier.
 *
 * @param lengthBytes payload length, 0..8 for classic CAN and up to 64 for CAN FD
 */
public record DbcMessage(
    int id,
    boolean extended,
    String name,
    int lengthBytes,
    String transmitter,
    List<DbcSignal> signals,
    String comment,
    Map<String, String> attributes,
    int line) {

  /** The DBC flag marking a 29-bit identifier. */
  public static final long EXTENDED_FLAG = 0x8000_0000L;

  public DbcMessage {
    signals = List.copyOf(signals);
    attributes = Map.copyOf(attributes);
  }

  public Optional<DbcSignal> signal(String signalName) {
    return signals.stream().filter(s -> s.name().equals(signalName)).findFirst();
  }

  /** Cycle time from the common {@code GenMsgCycleTime} attribute, or 0 when unknown. */
  public double cycleTimeMs() {
    String value = attributes.get("GenMsgCycleTime");
    try {
      return value == null ? 0 : Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
