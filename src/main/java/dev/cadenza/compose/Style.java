package dev.cadenza.compose;

import java.util.List;
import java.util.Map;

/**
 * How one family of genres is composed; read from {@code compose/styles.json}.
 *
 * @param name family name
 * @param genres genre names of the genre table this family renders
 * @param progressions chord progressions as scale degrees, one chord a bar ("2:7", "5:d7")
 * @param bass bass idiom: pump, held, 808, root or walking
 * @param chordRhythm one bar of steps where the chord part strikes
 * @param groove one bar of steps per drum instrument
 * @param steps grid steps per bar of the groove strings (16 when absent)
 * @param parts synth instruments of each part
 * @param instrumentsByGenre per-genre replacements of part instruments
 * @param cadence how phrases close (none: the progression runs on, only the track's last bar is the
 *     tonic)
 * @param humaniseMs how far, at most, a drum hit other than the kick and crash strays from the
 *     grid, in milliseconds (0 when absent: programmed, quantised drums)
 */
public record Style(
    String name,
    List<String> genres,
    List<List<String>> progressions,
    String bass,
    String chordRhythm,
    Map<String, String> groove,
    Integer steps,
    Parts parts,
    Map<String, Map<String, String>> instrumentsByGenre,
    Cadence cadence,
    Double humaniseMs) {

  public Style {
    instrumentsByGenre = instrumentsByGenre == null ? Map.of() : instrumentsByGenre;
    groove = groove == null ? Map.of() : groove;
    humaniseMs = humaniseMs == null ? 0.0 : humaniseMs;
    if (!(humaniseMs >= 0 && humaniseMs <= Drums.MAX_HUMANISE_MS)) {
      throw new IllegalArgumentException(
          "style " + name + ": humaniseMs must be 0.." + Drums.MAX_HUMANISE_MS + ": " + humaniseMs);
    }
  }

  public int stepsPerBar() {
    return steps == null ? 16 : steps;
  }

  /** Synth instruments of each part of a style. */
  public record Parts(
      List<String> drums, String bass, String chords, String pad, String lead, List<String> fx) {
    public Parts {
      drums = drums == null ? List.of() : List.copyOf(drums);
      fx = fx == null ? List.of() : List.copyOf(fx);
    }
  }
}
