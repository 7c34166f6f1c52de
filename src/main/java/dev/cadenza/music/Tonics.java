package dev.cadenza.music;

/**
 * Tonic names and pitch classes (C = 0 … B = 11): how a written tonic ("F#", "Bb", "c♯") reads, and
 * the spellings cadenza writes.
 */
public final class Tonics {

  /** Every pitch class spelled with sharps. */
  private static final String[] SHARPS = {
    "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"
  };

  /** Every pitch class spelled with flats. */
  private static final String[] FLATS = {
    "C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"
  };

  /**
   * The spelling found on most lead sheets for a major key: the flat side for Db, Eb, Ab, Bb and
   * the sharp side for F#.
   */
  private static final String[] LEAD_SHEET_MAJOR = {
    "C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"
  };

  /** The lead-sheet spelling for a minor key: Eb and Bb minor, but C#, F# and G# minor. */
  private static final String[] LEAD_SHEET_MINOR = {
    "C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"
  };

  /**
   * One usual spelling per pitch class whatever the mode (C#, Eb, F#, Ab, Bb): the tonics a seed
   * draws from when a prompt names none. Its order is part of every seeded spec; do not reorder.
   */
  private static final String[] USUAL = {
    "C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"
  };

  private Tonics() {}

  /**
   * The pitch class of a tonic such as "F#", "Bb", "c", "E♭" (a letter, then any number of sharps
   * or flats), or -1 when the text is not one.
   */
  public static int pitchClass(String tonic) {
    if (tonic == null || tonic.isBlank()) {
      return -1;
    }
    String t = tonic.strip();
    int base = letter(t.charAt(0));
    if (base < 0) {
      return -1;
    }
    for (int i = 1; i < t.length(); i++) {
      switch (t.charAt(i)) {
        case '#', '\u266F' -> base++;
        case 'b', '\u266D' -> base--;
        default -> {
          return -1;
        }
      }
    }
    return Math.floorMod(base, 12);
  }

  private static int letter(char c) {
    return switch (Character.toUpperCase(c)) {
      case 'C' -> 0;
      case 'D' -> 2;
      case 'E' -> 4;
      case 'F' -> 5;
      case 'G' -> 7;
      case 'A' -> 9;
      case 'B' -> 11;
      default -> -1;
    };
  }

  /** A pitch class spelled with flats or with sharps. */
  public static String spell(int pitchClass, boolean flats) {
    return (flats ? FLATS : SHARPS)[Math.floorMod(pitchClass, 12)];
  }

  /** The lead-sheet name of pitch class {@code pitchClass} as the tonic of a major or minor key. */
  public static String leadSheet(int pitchClass, boolean minor) {
    return (minor ? LEAD_SHEET_MINOR : LEAD_SHEET_MAJOR)[Math.floorMod(pitchClass, 12)];
  }

  /** The usual spelling of the {@code index}-th pitch class (see {@link #USUAL}). */
  public static String usual(int index) {
    return USUAL[Math.floorMod(index, 12)];
  }
}
