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

  /**
   * A length written as units run together: "3m15s", "3m15" (seconds implied), "1h30m", "1h2m3s";
   * two units at least (one alone, "45s" or "3min", is a number glued to its unit). Whole numbers,
   * hours before minutes before seconds, minutes and seconds below 60 after a larger unit; else
   * null.
   */
  static Double compactDuration(String s) {
    long[] parts = new long[3];
    int seen = 0;
    int last = -1;
    int i = 0;
    while (i < s.length()) {
      int from = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i == from || i - from > 4) {
        return null;
      }
      long value = Long.parseLong(s.substring(from, i));
      int unit = i == s.length() && last == 1 ? 2 : unitAt(s, i);
      if (unit <= last || unit < 0 || last >= 0 && unit > 0 && value >= 60) {
        return null;
      }
      parts[unit] = value;
      seen++;
      last = unit;
      i += i == s.length() ? 0 : UNIT_LETTERS[unit].length();
    }
    return seen < 2 ? null : parts[0] * 3600.0 + parts[1] * 60.0 + parts[2];
  }

  private static final String[] UNIT_LETTERS = {"h", "m", "s"};

  /** 0, 1, 2 for an h, m or s at {@code i}; -1 otherwise. */
  private static int unitAt(String s, int i) {
    for (int u = 0; u < UNIT_LETTERS.length; u++) {
      if (s.startsWith(UNIT_LETTERS[u], i)) {
        return u;
      }
    }
    return -1;
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
