/** Parsing of device endpoint URIs shared by the UDP and serial sources. */
package dev.pitwall.hardware.endpoint;
