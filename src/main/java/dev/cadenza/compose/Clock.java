package dev.cadenza.compose;

import java.util.Locale;

/** Times as a person writes them in a prompt and reads them in a warning: "1:05". */
final class Clock {
  private Clock() {}

  static String text(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
