/**
 * Channel mapping: which source channel feeds each gauge, strip chart, the track map and the lap
 * timer ({@link dev.pitwall.app.mapping.ScreenRole}), chosen automatically by name and unit or by
 * the engineer (a {@link dev.pitwall.app.mapping.ChannelMap}, read from a map file or set in the
 * Channels… dialog). Pure Java, no JavaFX: the live pipeline applies it with {@link
 * dev.pitwall.app.mapping.MappingSink}.
 */
package dev.pitwall.app.mapping;
