package dev.cadenza.analyze.key;

/**
 * One spelling per key, the one found on most lead sheets: the flat side for Db, Eb, Ab, Bb major
 * and Eb, Bb minor; the sharp side for F# major and C#, F#, G# minor.
 */
final class TonicNames {

  private static final String[] MAJOR = {
    "C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"
  };

  private static final String[] MINOR = {
    "C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"
  };

  private TonicNames() {}

  /** The name of pitch class {@code pitchClass} (0 = C) as the tonic of a key of this mode. */
  static String of(int pitchClass, boolean minor) {
    return (minor ? MINOR : MAJOR)[Math.floorMod(pitchClass, 12)];
  }
}
