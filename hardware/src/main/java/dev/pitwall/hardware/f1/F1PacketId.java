package dev.pitwall.hardware.f1;

/** Packet ids of the EA F1 UDP header ({@code m_packetId}), F1 23 to F1 25. */
public final class F1PacketId {
  public static final int MOTION = 0;
  public static final int SESSION = 1;
  public static final int LAP_DATA = 2;
  public static final int EVENT = 3;
  public static final int PARTICIPANTS = 4;
  public static final int CAR_SETUPS = 5;
  public static final int CAR_TELEMETRY = 6;
  public static final int CAR_STATUS = 7;
  public static final int FINAL_CLASSIFICATION = 8;
  public static final int LOBBY_INFO = 9;
  public static final int CAR_DAMAGE = 10;
  public static final int SESSION_HISTORY = 11;
  public static final int TYRE_SETS = 12;
  public static final int MOTION_EX = 13;
  public static final int TIME_TRIAL = 14;
  public static final int LAP_POSITIONS = 15;

  private static final String[] NAMES = {
    "Motion",
    "Session",
    "Lap Data",
    "Event",
    "Participants",
    "Car Setups",
    "Car Telemetry",
    "Car Status",
    "Final Classification",
    "Lobby Info",
    "Car Damage",
    "Session History",
    "Tyre Sets",
    "Motion Ex",
    "Time Trial",
    "Lap Positions"
  };

  private F1PacketId() {}

  /** Human-readable name for messages, e.g. "Car Telemetry". */
  public static String name(int id) {
    return id >= 0 && id < NAMES.length ? NAMES[id] : "unknown";
  }
}
