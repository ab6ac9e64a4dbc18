package dev.pitwall.app.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Where a database password comes from on the command line — never an argument (it would show in
 * the process list and the shell history): a file's first line ({@code --password-file}), an
 * environment variable, or the terminal without echo (a new password twice). The result is a char
 * array the caller wipes; no message ever contains it.
 */
final class PasswordInput {
  /** Reads a line from the terminal without echo; null when there is none. */
  interface Terminal {
    char[] read(String prompt);

    static Terminal system() {
      return prompt -> {
        Console c = System.console();
        return c == null || !isTerminal(c) ? null : c.readPassword("%s", prompt);
      };
    }

    /** From JDK 22 a console exists without a terminal too (as DatabaseUnlock says). */
    private static boolean isTerminal(Console c) {
      try {
        return (boolean) Console.class.getMethod("isTerminal").invoke(c);
      } catch (ReflectiveOperationException e) {
        return true; // Java 21: console() is null without a terminal
      }
    }
  }

  /** Replaced by tests; the real terminal otherwise. */
  static Terminal terminal = Terminal.system();

  private final UnaryOperator<String> env;

  PasswordInput(UnaryOperator<String> env) {
    this.env = env;
  }

  /**
   * @param what "new password", "current password": said in prompts and errors
   * @param confirm ask twice on the terminal (a new password)
   */
  char[] read(Path file, String envName, String what, boolean confirm) {
    if (file != null) {
      return fromFile(file, what);
    }
    String fromEnv = env.apply(envName);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv.toCharArray();
    }
    char[] first = terminal.read(capitalised(what) + ": ");
    if (first == null) {
      throw new CliFailure(
          "no terminal to ask the " + what + " on: give --password-file FILE or set " + envName);
    }
    if (confirm) {
      char[] again = terminal.read("Repeat the " + what + ": ");
      boolean same = again != null && Arrays.equals(first, again);
      wipe(again);
      if (!same) {
        wipe(first);
        throw new CliFailure("the two " + what + "s differ: nothing was changed");
      }
    }
    return checked(first, what);
  }

  private static char[] fromFile(Path file, String what) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CliFailure("cannot read the " + what + " from " + file + ": " + e.getMessage());
    }
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)); // strict: no '?'
      int end = 0;
      while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
        end++;
      }
      char[] line = new char[end];
      chars.get(0, line);
      Arrays.fill(chars.array(), '\0');
      return checked(line, what + " in " + file);
    } catch (CharacterCodingException e) {
      throw new CliFailure("the " + what + " file " + file + " is not UTF-8 text");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static char[] checked(char[] password, String what) {
    if (password.length == 0) {
      throw new CliFailure("the " + what + " is empty");
    }
    for (char c : password) {
      if (c == ' ') { // H2 separates file and user password with a space
        wipe(password);
        throw new CliFailure("the " + what + " contains a space, which H2 cannot take");
      }
    }
    return password;
  }

  static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
