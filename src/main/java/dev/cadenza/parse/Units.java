package dev.cadenza.parse;

import dev.cadenza.music.Modes;
import java.util.HashSet;
import java.util.Set;

/** The unit and key words that numeric and key patterns look for. */
final class Units {

  private Units() {}

  static final Set<String> BPM = Set.of("bpm", "bpms", "bmp");
  static final Set<String> MINUTE = Set.of("minute", "minutes", "min", "mins", "mn", "m");
  static final Set<String> SECOND = Set.of("second", "seconds", "sec", "secs");
  static final Set<String> HOUR = Set.of("hour", "hours", "hr", "hrs");
  static final Set<String> BAR = Set.of("bar", "bars", "measure", "measures");
  static final Set<String> NOT_A_TEMPO =
      Set.of(
          "percent", "hz", "khz", "db", "am", "pm", "fps", "k", "x", "times", "o'clock", "%",
          "years", "year", "people", "notes", "voices", "tracks", "songs", "bit", "st", "nd", "rd",
          "th", "feet", "meters", "miles");
  static final Set<String> MODE_NOUNS =
      Set.of("key", "scale", "tonality", "mode", "modality", "chords", "chord", "progression");
  static final Set<String> KEY_PREFIX = Set.of("key");
  static final Set<String> SHARP = Set.of("sharp", "#");
  static final Set<String> FLAT = Set.of("flat");
  static final Set<String> APPROX =
      Set.of("around", "about", "roughly", "approximately", "approx", "circa", "ca", "near");

  /** Mode words (the names of {@link Modes} and their abbreviations) and the mode they name. */
  static String mode(String word) {
    return switch (word) {
      case "maj" -> "major";
      case "min" -> "minor";
      default -> Modes.canonical(word);
    };
  }

  static final Set<String> ALL_WORDS = all();

  private static Set<String> all() {
    Set<String> s = new HashSet<>();
    s.addAll(BPM);
    s.addAll(MINUTE);
    s.addAll(SECOND);
    s.addAll(HOUR);
    s.addAll(BAR);
    s.addAll(MODE_NOUNS);
    s.addAll(APPROX);
    s.addAll(
        Set.of(
            "major",
            "minor",
            "maj",
            "ionian",
            "aeolian",
            "dorian",
            "phrygian",
            "lydian",
            "mixolydian",
            "locrian",
            "sharp",
            "flat",
            "beats",
            "per",
            "tempo",
            "seed",
            "key",
            "signature",
            "meter",
            "time"));
    return Set.copyOf(s);
  }
}
