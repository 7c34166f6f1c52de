package dev.cadenza.report;

import java.util.Locale;

/**
 * Text made safe for an HTML page, and numbers written the same way on every machine. Every value
 * on a report page comes from a file (a prompt, a warning, a folder name), so each one passes
 * through {@link #text} before it reaches the page.
 */
final class Html {

  private Html() {}

  /** Escapes text for an element's content or a quoted attribute value. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** A number with {@code digits} decimals, or an en dash for a value that does not exist. */
  static String number(Double value, int digits) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return "–";
    }
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  /** A sort key for a table cell: the number, or empty so that missing values sort last. */
  static String sortKey(Double value) {
    return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", value);
  }

  /**
   * An id attribute's value for the {@code index}th track: its number keeps ids unique, then its
   * name with letters, digits, '-' and '_' kept and anything else replaced, so that a fragment in a
   * link reads as the folder it names.
   */
  static String id(int index, String name) {
    StringBuilder out = new StringBuilder("t").append(index + 1).append('-');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      out.append(plain ? c : '_');
    }
    return out.toString();
  }
}
