package dev.cadenza.parse;

/** Reads the numbers musicians write, by hand rather than by regular expression. */
final class Numbers {

  private Numbers() {}

  /** "174", "1.5" → the value; anything else (or more than 9 characters) → null. */
  static Double decimal(String s) {
    int n = s.length();
    if (n == 0 || n > 9) {
      return null;
    }
    boolean dot = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (dot || i == 0 || i == n - 1) {
          return null;
        }
        dot = true;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    return Double.parseDouble(s);
  }

  /** "2:30" → 150 seconds; minutes up to 3 digits, seconds exactly two digits below 60. */
  static Double minutesSeconds(String s) {
    int colon = s.indexOf(':');
    if (colon < 1 || colon > 3 || s.length() != colon + 3) {
      return null;
    }
    Double minutes = decimal(s.substring(0, colon));
    Double seconds = decimal(s.substring(colon + 1));
    if (minutes == null || seconds == null || s.substring(0, colon).indexOf('.') >= 0) {
      return null;
    }
    if (seconds >= 60 || s.charAt(colon + 1) == '.' || s.charAt(colon + 2) == '.') {
      return null;
    }
    return minutes * 60 + seconds;
  }

  /** Index of the first non-digit/non-dot character: "174bpm" → 3, "bpm" → 0. */
  static int numericPrefix(String s) {
    int i = 0;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    return i;
  }

  /** "6/8" → {6, 8}; null unless both sides are small integers. */
  static int[] fraction(String s) {
    int slash = s.indexOf('/');
    if (slash < 1 || slash > 2 || s.length() - slash - 1 < 1 || s.length() - slash - 1 > 2) {
      return null;
    }
    Double a = decimal(s.substring(0, slash));
    Double b = decimal(s.substring(slash + 1));
    if (a == null || b == null || a != Math.floor(a) || b != Math.floor(b)) {
      return null;
    }
    return new int[] {a.intValue(), b.intValue()};
  }
}
