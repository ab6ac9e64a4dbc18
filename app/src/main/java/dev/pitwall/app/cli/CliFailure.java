package dev.pitwall.app.cli;

/** A failure the user can act on; its message is printed as the one-line reason (exit 1). */
public final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CliFailure(String message) {
    super(message);
  }
}
