package dev.pitwall.hardware.f1;

/**
 * One entry of the participants packet.
 *
 * @param car PitWall car number (0 = player)
 */
public record F1Participant(
    int car, String name, int teamId, int raceNumber, int driverId, boolean aiControlled) {}
