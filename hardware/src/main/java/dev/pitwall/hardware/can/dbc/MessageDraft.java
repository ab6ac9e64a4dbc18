package dev.pitwall.hardware.can.dbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Mutable message while the parser still collects its comments, tables and attributes. */
final class MessageDraft {
  final int id;
  final boolean extended;
  final String name;
  final int lengthBytes;
  final String transmitter;
  final int line;
  final Map<String, SignalDraft> signals = new LinkedHashMap<>();
  final Map<String, String> attributes = new HashMap<>();
  String comment = "";
  boolean pseudo;

  MessageDraft(int id, boolean extended, String name, int lengthBytes, String tx, int line) {
    this.id = id;
    this.extended = extended;
    this.name = name;
    this.lengthBytes = lengthBytes;
    this.transmitter = tx;
    this.line = line;
  }

  DbcMessage build() {
    List<DbcSignal> built = new ArrayList<>();
    for (SignalDraft s : signals.values()) {
      built.add(s.build());
    }
    return new DbcMessage(
        id, extended, name, lengthBytes, transmitter, built, comment, attributes, line);
  }

  /** Mutable signal. */
  static final class SignalDraft {
    String name;
    int startBit;
    int lengthBits;
    ByteOrder byteOrder;
    ValueType valueType;
    double factor;
    double offset;
    double minimum;
    double maximum;
    String unit;
    List<String> receivers = new ArrayList<>();
    boolean multiplexor;
    long multiplexValue = -1;
    final TreeMap<Long, String> valueTable = new TreeMap<>();
    String comment = "";
    final Map<String, String> attributes = new HashMap<>();
    int line;
    int column;

    DbcSignal build() {
      return new DbcSignal(
          name,
          startBit,
          lengthBits,
          byteOrder,
          valueType,
          factor,
          offset,
          minimum,
          maximum,
          unit,
          receivers,
          multiplexor,
          multiplexValue,
          valueTable,
          comment,
          attributes,
          line);
    }
  }
}
