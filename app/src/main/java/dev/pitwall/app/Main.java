package dev.pitwall.app;

import dev.pitwall.app.cli.PitwallCommand;
import dev.pitwall.app.live.DesktopServices;

/** Entry point of the launcher: the command line, which opens the window when given no command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = PitwallCommand.commandLine(new DesktopServices()).execute(args);
    System.exit(code);
  }
}
