package dev.cadenza.compose;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tonic and a mode as pitch classes: the scale the harmony and melody draw from, and how to spell
 * chord roots.
 *
 * @param tonicName as the spec spells it
 * @param mode lower-case mode name
 * @param tonic pitch class 0..11 (C = 0)
 * @param scale the seven scale steps above the tonic, in semitones
 * @param flats whether roots are spelled with flats
 */
public record Key(String tonicName, String mode, int tonic, List<Integer> scale, boolean flats) {

  private static final Map<String, List<Integer>> MODES =
      Map.of(
          "major", List.of(0, 2, 4, 5, 7, 9, 11),
          "ionian", List.of(0, 2, 4, 5, 7, 9, 11),
          "minor", List.of(0, 2, 3, 5, 7, 8, 10),
          "aeolian", List.of(0, 2, 3, 5, 7, 8, 10),
          "dorian", List.of(0, 2, 3, 5, 7, 9, 10),
          "phrygian", List.of(0, 1, 3, 5, 7, 8, 10),
          "lydian", List.of(0, 2, 4, 6, 7, 9, 11),
          "mixolydian", List.of(0, 2, 4, 5, 7, 9, 10),
          "locrian", List.of(0, 1, 3, 5, 6, 8, 10),
          "harmonic minor", List.of(0, 2, 3, 5, 7, 8, 11));

  /** Where the ionian scale starts relative to the tonic of each mode, for key signatures. */
  private static final Map<String, Integer> RELATIVE_MAJOR =
      Map.of(
          "major",
          0,
          "ionian",
          0,
          "minor",
          3,
          "aeolian",
          3,
          "harmonic minor",
          3,
          "dorian",
          10,
          "phrygian",
          8,
          "lydian",
          7,
          "mixolydian",
          5,
          "locrian",
          1);

  private static final String[] SHARP_NAMES = {
    "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"
  };
  private static final String[] FLAT_NAMES = {
    "C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"
  };

  /** Circle-of-fifths position of each major key's tonic pitch class (flats negative). */
  private static final int[] MAJOR_SIGNATURE = {0, -5, 2, -3, 4, -1, 6, 1, -4, 3, -2, 5};

  /**
   * The key of a tonic name ("F#", "Bb", "c") and mode.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Key of(String tonicName, String mode) {
    if (tonicName == null || tonicName.isBlank()) {
      throw new IllegalArgumentException("key tonic is missing");
    }
    String m = mode == null ? "major" : mode.trim().toLowerCase(Locale.ROOT);
    List<Integer> scale = MODES.get(m);
    if (scale == null) {
      throw new IllegalArgumentException(
          "unknown mode \"" + mode + "\" (known: " + String.join(", ", knownModes()) + ")");
    }
    int pc = pitchClass(tonicName.trim());
    int relative = Math.floorMod(pc + RELATIVE_MAJOR.get(m), 12);
    boolean flats =
        tonicName.trim().length() > 1 && tonicName.trim().charAt(1) == 'b'
            || (!tonicName.contains("#") && MAJOR_SIGNATURE[relative] < 0);
    return new Key(tonicName.trim(), m, pc, scale, flats);
  }

  static List<String> knownModes() {
    return new java.util.TreeSet<>(MODES.keySet()).stream().toList();
  }

  private static int pitchClass(String name) {
    int base =
        switch (Character.toUpperCase(name.charAt(0))) {
          case 'C' -> 0;
          case 'D' -> 2;
          case 'E' -> 4;
          case 'F' -> 5;
          case 'G' -> 7;
          case 'A' -> 9;
          case 'B' -> 11;
          default -> throw new IllegalArgumentException("unknown key tonic \"" + name + "\"");
        };
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '#' || c == '♯') {
        base++;
      } else if (c == 'b' || c == '♭') {
        base--;
      } else {
        throw new IllegalArgumentException("unknown key tonic \"" + name + "\"");
      }
    }
    return Math.floorMod(base, 12);
  }

  /** Pitch class of scale degree {@code degree} (0-based, any integer, wraps by octaves). */
  public int degreePitchClass(int degree) {
    return Math.floorMod(tonic + scale.get(Math.floorMod(degree, 7)), 12);
  }

  /** Semitones above the tonic of scale degree {@code degree} (0-based; octaves continue). */
  public int degreeSemitones(int degree) {
    return scale.get(Math.floorMod(degree, 7)) + 12 * Math.floorDiv(degree, 7);
  }

  public String spell(int pitchClass) {
    return (flats ? FLAT_NAMES : SHARP_NAMES)[Math.floorMod(pitchClass, 12)];
  }

  /** MIDI key signature: sharps (positive) or flats (negative) of the relative major, -7..7. */
  public int signatureAccidentals() {
    int relative = Math.floorMod(tonic + RELATIVE_MAJOR.get(mode), 12);
    int s = MAJOR_SIGNATURE[relative];
    if (flats && s > 0) {
      s -= 12;
    } else if (!flats && s < 0) {
      s += 12;
    }
    return Math.max(-7, Math.min(7, s));
  }

  public boolean minor() {
    return scale.get(2) == 3;
  }
}
