package dev.pitwall.analytics.race.param;

/**
 * A race or Monte Carlo parameter file is unreadable or breaks a rule. The message always names the
 * file, the section and the field, and says what is wrong.
 */
public final class RaceParamException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RaceParamException(String message) {
    super(message);
  }

  public RaceParamException(String message, Throwable cause) {
    super(message, cause);
  }
}
