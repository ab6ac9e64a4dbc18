package dev.pitwall.hardware.f1;

/**
 * Maps the game's array index (0..21) to PitWall's car number: the player's car (header {@code
 * m_playerCarIndex}) becomes car 0, the other slots keep their order and become 1..21. Example with
 * player index 5: slots 0..4 → cars 1..5, slot 5 → car 0, slots 6..21 → cars 6..21. When the player
 * index is invalid (255 while spectating) every slot i becomes car i + 1 and car 0 is empty. The
 * mapping is stable as long as the player index is, which the game keeps for a session.
 */
public final class F1CarIndex {
  /** Cars per packet in all supported formats. */
  public static final int MAX_CARS = 22;

  private F1CarIndex() {}

  public static int carOf(int arrayIndex, int playerIndex) {
    if (playerIndex < 0 || playerIndex >= MAX_CARS) {
      return arrayIndex + 1;
    }
    if (arrayIndex == playerIndex) {
      return 0;
    }
    return arrayIndex < playerIndex ? arrayIndex + 1 : arrayIndex;
  }
}
