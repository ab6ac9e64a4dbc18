/**
 * CAN bus telemetry: DBC decoding and the CAN sources.
 *
 * <p>Data flow: a source reads {@link dev.pitwall.hardware.can.CanFrame}s on its own thread
 * (candump log, SLCAN adapter, SocketCAN socket), {@link dev.pitwall.hardware.can.FrameDecoding}
 * decodes each with a {@link dev.pitwall.hardware.can.CanDecoder} compiled from a DBC file, books
 * the outcome in the source's counters (unknown id, checksum failure, short payload, error frame)
 * and batches values per channel into {@code SampleBlock}s published to the sink.
 *
 * <p>Source URIs:
 *
 * <ul>
 *   <li>{@code candump:FILE?dbc=FILE&speed=1|10|max} — {@code candump.CandumpSource.fromUri}
 *   <li>{@code slcan:/dev/ttyACM0?bitrate=500000&dbc=FILE[&timestamps=on]} — {@code
 *       slcan.SlcanSource.fromUri}
 *   <li>{@code socketcan:can0?dbc=FILE} — {@code socketcan.SocketCanSource.fromUri}
 * </ul>
 *
 * All three accept {@code checksum=toyota|none}; the default is Toyota for DBC files whose name
 * starts with "toyota". Channels are named {@code MESSAGE.SIGNAL} with the DBC's unit.
 */
package dev.pitwall.hardware.can;
