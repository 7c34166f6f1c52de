package dev.cadenza.qa;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a measured key is the key a spec asked for: the same tonic pitch class (F# = Gb) and the
 * same mode family. The analyzer reports church modes as major or minor with a note, so dorian and
 * phrygian count as minor, lydian and mixolydian as major.
 */
final class KeyMatch {

  private static final Set<String> MINOR_FAMILY =
      Set.of("minor", "aeolian", "dorian", "phrygian", "locrian");

  private KeyMatch() {}

  /** The pitch class 0..11 (C = 0) of a tonic such as "F#", "Bb", "Eb", or -1 if unreadable. */
  static int pitchClass(String tonic) {
    if (tonic == null || tonic.isBlank()) {
      return -1;
    }
    String t = tonic.strip();
    int base =
        switch (Character.toUpperCase(t.charAt(0))) {
          case 'C' -> 0;
          case 'D' -> 2;
          case 'E' -> 4;
          case 'F' -> 5;
          case 'G' -> 7;
          case 'A' -> 9;
          case 'B' -> 11;
          default -> -100;
        };
    if (base < 0) {
      return -1;
    }
    for (char c : t.substring(1).toCharArray()) {
      switch (c) {
        case '#', '\u266F' -> base++;
        case 'b', '\u266D' -> base--;
        default -> {
          return -1;
        }
      }
    }
    return Math.floorMod(base, 12);
  }

  static boolean minorFamily(String mode) {
    return mode != null && MINOR_FAMILY.contains(mode.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code (tonic, mode)} is the relative major/minor of {@code (otherTonic, otherMode)}.
   */
  static boolean relative(String tonic, String mode, String otherTonic, String otherMode) {
    int a = pitchClass(tonic);
    int b = pitchClass(otherTonic);
    if (a < 0 || b < 0 || minorFamily(mode) == minorFamily(otherMode)) {
      return false;
    }
    // The relative minor lies three semitones below its major.
    return minorFamily(mode) ? Math.floorMod(b - a, 12) == 3 : Math.floorMod(a - b, 12) == 3;
  }

  static boolean same(String tonic, String mode, String otherTonic, String otherMode) {
    int a = pitchClass(tonic);
    return a >= 0 && a == pitchClass(otherTonic) && minorFamily(mode) == minorFamily(otherMode);
  }
}
