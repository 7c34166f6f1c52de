package dev.cadenza.qa;

import dev.cadenza.music.Modes;
import dev.cadenza.music.Tonics;

/**
 * Whether a measured key is the key a spec asked for: the same tonic pitch class (F# = Gb) and the
 * same mode family. The analyzer reports church modes as major or minor with a note, so dorian and
 * phrygian count as minor, lydian and mixolydian as major.
 */
final class KeyMatch {

  private KeyMatch() {}

  /**
   * Whether {@code (tonic, mode)} is the relative major/minor of {@code (otherTonic, otherMode)}.
   */
  static boolean relative(String tonic, String mode, String otherTonic, String otherMode) {
    int a = Tonics.pitchClass(tonic);
    int b = Tonics.pitchClass(otherTonic);
    boolean minor = Modes.minorFamily(mode);
    if (a < 0 || b < 0 || minor == Modes.minorFamily(otherMode)) {
      return false;
    }
    // The relative minor lies three semitones below its major.
    return minor ? Math.floorMod(b - a, 12) == 3 : Math.floorMod(a - b, 12) == 3;
  }

  static boolean same(String tonic, String mode, String otherTonic, String otherMode) {
    int a = Tonics.pitchClass(tonic);
    return a >= 0
        && a == Tonics.pitchClass(otherTonic)
        && Modes.minorFamily(mode) == Modes.minorFamily(otherMode);
  }
}
