/**
 * EA F1 23 / F1 24 / F1 25 UDP telemetry ("Data Output from F1 2x").
 *
 * <p>Flow: {@link dev.pitwall.hardware.f1.F1UdpSource} (URI {@code udp://0.0.0.0:20777?format=f1})
 * receives datagrams on its own thread via {@link dev.pitwall.hardware.udp.UdpLink}; {@link
 * dev.pitwall.hardware.f1.F1UdpDecoder} validates each one (header, {@code m_packetFormat}, {@code
 * m_packetVersion}, size by packet id for that format) and decodes motion, session, lap data,
 * event, participants, car telemetry, car status and car damage into {@link
 * dev.pitwall.hardware.f1.F1Output}; {@link dev.pitwall.hardware.f1.F1BlockAccumulator} turns the
 * values into columnar blocks for the {@code SampleBus}.
 *
 * <p>Car numbering: the player's car ({@code m_playerCarIndex}) is car 0, the other 21 array slots
 * keep their order as cars 1..21 ({@link dev.pitwall.hardware.f1.F1CarIndex}). Units follow
 * PitWall: km/h, %, degC, bar (tyre pressures converted from PSI), g, deg (angles converted from
 * radians), m, s; fuel stays a mass in kg ({@code fuelMass}) because that is what the game sends.
 * Corner channels are FL/FR/RL/RR; the game's wheel arrays (RL, RR, FL, FR) are reordered on
 * decode.
 *
 * <p>Recorded captures in the IT52-NHLSF1 container are read by {@link
 * dev.pitwall.hardware.f1.F1Capture}.
 */
package dev.pitwall.hardware.f1;
