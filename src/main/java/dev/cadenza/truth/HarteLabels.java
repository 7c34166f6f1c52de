package dev.cadenza.truth;

import java.util.Map;

/**
 * cadenza's chord symbols ("Am7", "F#dim", "Bbmaj7") as Harte et al.'s chord labels (ISMIR 2005),
 * the syntax of MIREX chord files, mir_eval and the JAMS {@code chord} namespace: root, colon,
 * shorthand ("A:min7", "F#:dim", "Bb:maj7"). A symbol of an unknown quality is {@code X}.
 */
public final class HarteLabels {

  /** The qualities {@code compose/Harmony} writes, and the Harte shorthand of each. */
  private static final Map<String, String> SHORTHAND =
      Map.ofEntries(
          Map.entry("", "maj"),
          Map.entry("m", "min"),
          Map.entry("dim", "dim"),
          Map.entry("aug", "aug"),
          Map.entry("maj7", "maj7"),
          Map.entry("7", "7"),
          Map.entry("m7", "min7"),
          Map.entry("mMaj7", "minmaj7"),
          Map.entry("m7b5", "hdim7"),
          Map.entry("dim7", "dim7"),
          Map.entry("aug7", "aug7"),
          // an augmented triad with a major seventh has no shorthand: the triad plus degree 7
          Map.entry("maj7#5", "aug(7)"));

  private HarteLabels() {}

  /** The Harte label of a chord symbol; {@code X} when its quality is not one cadenza writes. */
  public static String of(String symbol) {
    if (symbol == null || symbol.isEmpty() || symbol.charAt(0) < 'A' || symbol.charAt(0) > 'G') {
      return "X";
    }
    int rootEnd = 1;
    while (rootEnd < symbol.length()
        && (symbol.charAt(rootEnd) == '#' || symbol.charAt(rootEnd) == 'b')) {
      rootEnd++;
    }
    String shorthand = SHORTHAND.get(symbol.substring(rootEnd));
    return shorthand == null ? "X" : symbol.substring(0, rootEnd) + ":" + shorthand;
  }
}
