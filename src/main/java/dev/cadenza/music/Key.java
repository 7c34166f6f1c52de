package dev.cadenza.music;

import java.util.List;
import java.util.Locale;

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
    List<Integer> scale = Modes.scale(m);
    if (scale == null) {
      throw new IllegalArgumentException(
          "unknown mode \"" + mode + "\" (known: " + String.join(", ", Modes.names()) + ")");
    }
    String name = tonicName.trim();
    int pc = Tonics.pitchClass(name);
    if (pc < 0) {
      throw new IllegalArgumentException("unknown key tonic \"" + name + "\"");
    }
    int relative = Math.floorMod(pc + Modes.relativeMajor(m), 12);
    boolean flats =
        name.length() > 1 && name.charAt(1) == 'b'
            || (!tonicName.contains("#") && MAJOR_SIGNATURE[relative] < 0);
    return new Key(name, m, pc, scale, flats);
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
    return Tonics.spell(pitchClass, flats);
  }

  /** MIDI key signature: sharps (positive) or flats (negative) of the relative major, -7..7. */
  public int signatureAccidentals() {
    int relative = Math.floorMod(tonic + Modes.relativeMajor(mode), 12);
    int s = MAJOR_SIGNATURE[relative];
    if (flats && s > 0) {
      s -= 12;
    } else if (!flats && s < 0) {
      s += 12;
    }
    return Math.max(-7, Math.min(7, s));
  }

  public boolean minor() {
    return Modes.minorFamily(mode);
  }
}
