package dev.cadenza.cli;

/**
 * Makes text safe to print on a terminal: every line cadenza writes to stderr passes through here.
 * Values in messages come from files, prompts and command lines a user may not have written, and a
 * raw ESC or BEL in a genre or a file name would retitle the terminal, clear the screen or hide the
 * rest of the line. Control and invisible formatting characters are printed as escapes ({@code
 * \x1b}, {@code \n}, {@code \u202e}); a value of 100 kB is cut, keeping its start and end.
 */
public final class Messages {

  /** The longest value quoted whole in a message. */
  static final int VALUE_LIMIT = 200;

  /** The longest line printed whole; longer lines keep their start and end (the hint). */
  static final int LINE_LIMIT = 1000;

  private Messages() {}

  /** A value to quote in a message: escaped, and cut when longer than {@value #VALUE_LIMIT}. */
  public static String value(String text) {
    return cut(escape(String.valueOf(text)), VALUE_LIMIT);
  }

  /** A whole message line: escaped, and cut in the middle when longer than {@value #LINE_LIMIT}. */
  public static String line(String text) {
    return cut(escape(String.valueOf(text)), LINE_LIMIT);
  }

  /** Control and format characters as visible escapes; everything else unchanged. */
  static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escaped(c);
      if (escaped != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(escaped != null ? escaped : String.valueOf(c));
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String escaped(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (c < 0x20 || c == 0x7f) {
      return String.format("\\x%02x", (int) c);
    }
    int type = Character.getType(c);
    if (type == Character.CONTROL || type == Character.FORMAT || c == '\u2028' || c == '\u2029') {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }

  /**
   * Keeps the first two thirds and the last third of {@code limit} characters; says how many went.
   */
  static String cut(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int tail = limit / 3;
    int head = limit - tail;
    int dropped = text.length() - head - tail;
    return text.substring(0, head)
        + "…["
        + dropped
        + " characters cut]…"
        + text.substring(text.length() - tail);
  }
}
