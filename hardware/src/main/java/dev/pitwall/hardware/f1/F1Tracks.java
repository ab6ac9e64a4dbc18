package dev.pitwall.hardware.f1;

/** Track names by {@code m_trackId}, from the F1 24 specification's appendix. */
public final class F1Tracks {
  private static final String[] NAMES = {
    "Melbourne",
    "Paul Ricard",
    "Shanghai",
    "Sakhir",
    "Catalunya",
    "Monaco",
    "Montreal",
    "Silverstone",
    "Hockenheim",
    "Hungaroring",
    "Spa",
    "Monza",
    "Singapore",
    "Suzuka",
    "Abu Dhabi",
    "Texas",
    "Brazil",
    "Austria",
    "Sochi",
    "Mexico",
    "Baku",
    "Sakhir Short",
    "Silverstone Short",
    "Texas Short",
    "Suzuka Short",
    "Hanoi",
    "Zandvoort",
    "Imola",
    "Portimao",
    "Jeddah",
    "Miami",
    "Las Vegas",
    "Losail"
  };

  private F1Tracks() {}

  public static String name(int trackId) {
    return trackId >= 0 && trackId < NAMES.length ? NAMES[trackId] : "unknown";
  }
}
