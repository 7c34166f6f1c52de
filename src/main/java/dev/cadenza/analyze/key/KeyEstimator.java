package dev.cadenza.analyze.key;

import dev.cadenza.music.Tonics;
import dev.cadenza.spec.KeyResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the key whose profile ({@link KeyProfiles}) correlates best with a chroma vector: the
 * Krumhansl–Schmuckler method. Each of the 24 keys is scored by the Pearson correlation between the
 * chroma and the key's profile rotated to its tonic.
 *
 * <p>Confidence, 0..1, is {@code (r1 - r2) / (1 - r2)} where r1 and r2 are the correlations of the
 * best and second-best reading: the share of the room above the runner-up that the winner takes. It
 * is 0 when two keys tie and 1 only for a perfect fit. Rendered major and minor progressions
 * (I-V-vi-IV, i-iv-V-i and the like, any timbre, with or without drums) score 0.85 to 0.97; a vamp
 * that two keys explain about equally well (i-IV read as minor, major or dorian) 0.0 to 0.35.
 *
 * <p>The dorian and mixolydian profiles on every tonic are scored too. When the best of them beats
 * the best major or minor key by more than {@link #MODE_MARGIN}, its tonic wins, with mode {@code
 * minor} (dorian) or {@code major} (mixolydian) and the mode named in {@code modeNote}; the
 * runner-up is then the best major or minor key, and confidence measures the modal reading against
 * it (rendered dorian vamps i-IV score 0.18 to 0.35).
 *
 * <p>A major reading whose flat seventh sounds more than {@link #FLAT_SEVENTH_RATIO} times its
 * leading tone gives way to the major key a fifth below when that key's score is within {@link
 * #DOMINANT_GAP}: the music plays that key's fourth degree, not this key's leading tone. Without
 * it, a major tune whose melody dwells on the fifth and whose harmony alternates I and V is read as
 * its dominant, which shares six of its seven notes and both chords. The reading a fifth above is
 * then the runner-up, its score less the gap. Measured on the development half of {@code
 * bench/corpus} (49 folk tunes with a known key, rendered by FluidSynth): 40 keys right before, 46
 * with it; no rendered progression of the tests and none of cadenza's renders of 32 keyed prompts
 * ({@code bench/key-qa.sh}) changes its reading (a blues in A, rich in G, stays in A: D major fits
 * it far worse).
 */
public final class KeyEstimator {

  /**
   * A dorian or mixolydian profile must beat every major and minor profile by this much correlation
   * for the mode to be noted.
   */
  static final double MODE_MARGIN = 0.03;

  /**
   * How much better the dominant reading may fit and still give way. Of the 7 dominant readings of
   * the corpus's development half, 0.15 recovers 4, 0.2 the 6 that the cue can recover.
   */
  static final double DOMINANT_GAP = 0.2;

  /**
   * How much more the flat seventh must sound than the leading tone. Not 1: music in two keys a
   * fifth apart at once plays both about equally and stays a tie (the C and G major profiles
   * summed: 1.18). In 36 of the development half's 37 major tunes the key's fourth sounds 1.4 to
   * 450 times its sharp fourth.
   */
  static final double FLAT_SEVENTH_RATIO = 1.5;

  private KeyEstimator() {}

  /**
   * @param chroma twelve pitch-class weights, C first
   * @return the best key with runner-up; undefined when the chroma is flat or empty
   */
  static KeyResult estimate(double[] chroma, Double tuningCents) {
    List<Double> scaled = scaled(chroma);
    double mean = 0;
    for (double v : chroma) {
      mean += v / 12;
    }
    double spread = 0;
    for (double v : chroma) {
      spread += (v - mean) * (v - mean);
    }
    if (!(spread > 1e-12 * mean * mean) || !(mean > 0)) {
      return KeyResult.undefined(tuningCents, scaled);
    }
    int best = -1;
    int second = -1;
    double[] scores = new double[24];
    for (int key = 0; key < 24; key++) {
      scores[key] = correlation(chroma, key % 12, key < 12 ? KeyProfiles.MAJOR : KeyProfiles.MINOR);
      if (best < 0 || scores[key] > scores[best]) {
        second = best;
        best = key;
      } else if (second < 0 || scores[key] > scores[second]) {
        second = key;
      }
    }
    // A modal reading replaces the major or minor one only when it fits clearly better.
    int modal = -1;
    double modalScore = Double.NEGATIVE_INFINITY;
    for (int key = 0; key < 24; key++) {
      double score =
          correlation(chroma, key % 12, key < 12 ? KeyProfiles.MIXOLYDIAN : KeyProfiles.DORIAN);
      if (score > modalScore) {
        modal = key;
        modalScore = score;
      }
    }
    String modeNote = null;
    int winner = best;
    double r1 = scores[best];
    double r2 = scores[second];
    if (modalScore - r1 > MODE_MARGIN) {
      modeNote = modal < 12 ? "mixolydian" : "dorian";
      winner = modal;
      r1 = modalScore;
      r2 = scores[best];
      second = best;
    }
    int below = modeNote == null ? keyBelow(chroma, scores, winner) : -1;
    if (below >= 0) {
      second = winner;
      r2 = scores[winner] - DOMINANT_GAP;
      winner = below;
      r1 = scores[below];
    }
    double confidence = Math.max(0, Math.min(1, (r1 - r2) / (1 - r2)));
    int tonic = winner % 12;
    boolean minor = winner >= 12;
    return new KeyResult(
        Tonics.leadSheet(tonic, minor),
        minor ? "minor" : "major",
        confidence,
        r1,
        new KeyResult.Candidate(
            Tonics.leadSheet(second % 12, second >= 12), second >= 12 ? "minor" : "major", r2),
        tuningCents,
        modeNote,
        scaled);
  }

  /**
   * The major key a fifth below a major reading that sounds like its dominant (see the class
   * comment), or -1.
   */
  private static int keyBelow(double[] chroma, double[] scores, int key) {
    if (key >= 12 || !(chroma[(key + 10) % 12] > FLAT_SEVENTH_RATIO * chroma[(key + 11) % 12])) {
      return -1;
    }
    int below = (key + 5) % 12;
    return scores[key] - scores[below] < DOMINANT_GAP ? below : -1;
  }

  /**
   * How well a chroma fits a major or minor key: the Pearson correlation with the key's profile,
   * -1..1, the score {@link #estimate} ranks keys by.
   *
   * @param chroma twelve pitch-class weights, C first (any scale)
   * @param tonic the key's tonic pitch class, 0 = C
   */
  public static double fit(List<Double> chroma, int tonic, boolean minor) {
    double[] values = new double[12];
    for (int i = 0; i < 12; i++) {
      values[i] = chroma.get(i);
    }
    return correlation(values, tonic, minor ? KeyProfiles.MINOR : KeyProfiles.MAJOR);
  }

  /**
   * The Pearson correlation of the chroma with {@code profile} rotated to start on {@code tonic}.
   */
  static double correlation(double[] chroma, int tonic, double[] profile) {
    double meanChroma = 0;
    double meanProfile = 0;
    for (int i = 0; i < 12; i++) {
      meanChroma += chroma[i] / 12;
      meanProfile += profile[i] / 12;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < 12; i++) {
      double x = chroma[(tonic + i) % 12] - meanChroma;
      double y = profile[i] - meanProfile;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    return sxx > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  }

  private static List<Double> scaled(double[] chroma) {
    double max = 0;
    for (double v : chroma) {
      max = Math.max(max, v);
    }
    if (!(max > 0)) {
      return null;
    }
    List<Double> out = new ArrayList<>(12);
    for (double v : chroma) {
      out.add(v / max);
    }
    return out;
  }
}
