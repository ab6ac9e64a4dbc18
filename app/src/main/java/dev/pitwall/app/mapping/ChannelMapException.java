package dev.pitwall.app.mapping;

/** A channel map file that cannot be used; the message names the file, line and what is wrong. */
public final class ChannelMapException extends RuntimeException {
  public ChannelMapException(String message) {
    super(message);
  }
}
