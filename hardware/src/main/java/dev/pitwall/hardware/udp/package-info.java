/**
 * UDP transport shared by UDP telemetry sources: URI parsing ({@link
 * dev.pitwall.hardware.udp.UdpEndpoint}) and the receiving thread with stall/resume detection
 * ({@link dev.pitwall.hardware.udp.UdpLink}).
 */
package dev.pitwall.hardware.udp;
