package dev.cadenza.music;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The modes cadenza renders: their scales, where their relative major starts, and whether they
 * belong to the minor family (a minor third above the tonic).
 */
public final class Modes {

  private static final Map<String, List<Integer>> SCALES =
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

  /** Semitones from the tonic of each mode up to the tonic of its relative major. */
  private static final Map<String, Integer> RELATIVE_MAJOR =
      Map.of(
          "major", 0,
          "ionian", 0,
          "minor", 3,
          "aeolian", 3,
          "harmonic minor", 3,
          "dorian", 10,
          "phrygian", 8,
          "lydian", 7,
          "mixolydian", 5,
          "locrian", 1);

  private Modes() {}

  /** The seven scale steps above the tonic in semitones, or null for an unknown mode. */
  public static List<Integer> scale(String mode) {
    return mode == null ? null : SCALES.get(mode.toLowerCase(Locale.ROOT));
  }

  /** Semitones from the tonic up to the tonic of the relative major (minor: 3). */
  public static int relativeMajor(String mode) {
    return RELATIVE_MAJOR.get(mode.toLowerCase(Locale.ROOT));
  }

  /** Known mode names, sorted. */
  public static List<String> names() {
    return new TreeSet<>(SCALES.keySet()).stream().toList();
  }

  /**
   * The name a spec uses for a mode name: ionian is major, aeolian is minor, the church modes keep
   * their names; null when the word names no mode.
   */
  public static String canonical(String mode) {
    if (mode == null) {
      return null;
    }
    String m = mode.toLowerCase(Locale.ROOT);
    return switch (m) {
      case "ionian" -> "major";
      case "aeolian" -> "minor";
      default -> SCALES.containsKey(m) ? m : null;
    };
  }

  /**
   * Whether a mode belongs to the minor family: its third is minor (minor, dorian, phrygian,
   * locrian, harmonic minor). Unknown modes are not.
   */
  public static boolean minorFamily(String mode) {
    List<Integer> scale = scale(mode);
    return scale != null && scale.get(2) == 3;
  }

  /**
   * Whether a mode is major or minor (natural or harmonic) rather than a church mode (dorian,
   * phrygian, lydian, mixolydian, locrian), whose colour a borrowed leading tone would wipe out.
   */
  public static boolean tonal(String mode) {
    String m = canonical(mode);
    return "major".equals(m) || "minor".equals(m) || "harmonic minor".equals(m);
  }
}
