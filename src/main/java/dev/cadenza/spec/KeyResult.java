package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code key} section of an analysis (field names as docs/design.md fixes them: tonic, mode,
 * confidence; the rest are additions). When the audio carries no pitch-class structure (silence,
 * noise, drums alone: see {@code dev.cadenza.analyze.key.KeyAnalyzer#MIN_TONALITY}) the key is
 * undefined: tonic, mode, confidence, score and runnerUp are null.
 *
 * <p>Tonics are spelled the usual way for the key, one name per key: major C, Db, D, Eb, E, F, F#,
 * G, Ab, A, Bb, B; minor C, C#, D, Eb, E, F, F#, G, G#, A, Bb, B (C#m, F#m, G#m, Ebm, Bbm).
 *
 * @param tonic the tonic of the best-fitting key
 * @param mode {@code major} or {@code minor}
 * @param confidence 0..1: how far the best key stands above the runner-up, {@code (score -
 *     runnerUp.score) / (1 - runnerUp.score)}: 0 for a tie, above 0.8 for a clear progression (see
 *     {@code dev.cadenza.analyze.key.KeyEstimator})
 * @param score the Pearson correlation of the chroma with the best key's profile, -1..1
 * @param runnerUp the second-best key
 * @param tuningCents the deviation of the music's tuning from A = 440 Hz equal temperament, in
 *     cents (-50..50); null when no pitched partials were found
 * @param modeNote {@code dorian} (with mode minor) or {@code mixolydian} (with mode major) when
 *     that mode's profile fits the chroma clearly better than any major or minor key; otherwise
 *     null
 * @param chroma the tuning-corrected pitch-class profile of the whole file, C first, scaled so its
 *     largest value is 1; null for silence
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KeyResult(
    String tonic,
    String mode,
    Double confidence,
    Double score,
    Candidate runnerUp,
    Double tuningCents,
    String modeNote,
    List<Double> chroma) {

  public KeyResult {
    chroma = chroma == null ? null : List.copyOf(chroma);
  }

  /** The result for audio with no pitch-class structure at all. */
  public static KeyResult undefined(Double tuningCents, List<Double> chroma) {
    return new KeyResult(null, null, null, null, null, tuningCents, null, chroma);
  }

  /**
   * Another key and how well it fits.
   *
   * @param score the Pearson correlation of the chroma with this key's profile, -1..1; less 0.2
   *     when it is a dominant reading that gave way to the key a fifth below (see {@code
   *     dev.cadenza.analyze.key.KeyEstimator})
   */
  public record Candidate(String tonic, String mode, double score) {}
}
