package dev.pitwall.core.session;

import dev.pitwall.core.telemetry.Channel;

/** Per-channel statistics of a stored session (NaN statistics when there are no samples). */
public record ChannelSummary(Channel channel, long samples, double min, double max, double mean) {}
