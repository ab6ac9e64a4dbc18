/**
 * Line-oriented serial devices over jSerialComm: NMEA 0183 GPS receivers ({@link
 * dev.pitwall.hardware.serial.NmeaSource}, {@code nmea:/dev/ttyUSB0?baud=115200}) and CSV data
 * loggers ({@link dev.pitwall.hardware.serial.SerialCsvSource}, {@code
 * serial:/dev/ttyUSB0?baud=115200&format=csv}). {@link dev.pitwall.hardware.serial.SerialLineLink}
 * owns the port, the reading thread and the reconnect loop; {@link
 * dev.pitwall.hardware.serial.LineDecoder}s turn lines into samples and count bad ones with their
 * line number.
 */
package dev.pitwall.hardware.serial;
