package dev.cadenza.analyze.key;

import dev.cadenza.music.Tonics;
import dev.cadenza.spec.KeyResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the key whose profile ({@link KeyProfiles}) correlates best with a chroma vector: the
 * Krumhansl–Schmuckler method, with the corpus profiles of Albrecht and Shanahan. Each of the 24
 * keys is scored by the Pearson correlation between the chroma and the key's profile rotated to its
 * tonic.
 *
 * <p>Confidence, 0..1, is {@code (r1 - r2) / (1 - r2)} where r1 and r2 are the correlations of the
 * best and second-best reading: the share of the room above the runner-up that the winner takes. It
 * is 0 when two keys tie and 1 only for a perfect fit. Rendered major and minor progressions
 * (I-V-vi-IV, i-iv-V-i and the like, any timbre, with or without drums) score above 0.5.
 *
 * <p>The dorian and mixolydian profiles on every tonic are scored too, against the probe-tone major
 * and minor profiles they are derived from. When the best of them beats the best of those by more
 * than {@link #MODE_MARGIN}, its tonic wins, with mode {@code minor} (dorian) or {@code major}
 * (mixolydian) and the mode named in {@code modeNote}; the runner-up is then that best probe-tone
 * reading, and confidence measures the modal reading against it (rendered dorian vamps i-IV score
 * 0.18 to 0.35). Not when the corpus profiles' reading names the same seven notes (G major against
 * D mixolydian, E minor against A dorian): the modal profiles only exchange two ratings and say
 * little about which note of a scale is the tonic, the corpus profiles say it better (a major tune
 * that dwells on its fifth is otherwise read as its dominant's mixolydian).
 *
 * <p>A major reading whose flat seventh sounds more than {@link #FLAT_SEVENTH_RATIO} times its
 * leading tone gives way to the major key a fifth below when that key's score is within {@link
 * #DOMINANT_GAP}: the music plays that key's fourth degree, not this key's leading tone. The
 * reading a fifth above is then the runner-up, its score less the gap. With the corpus profiles
 * this changes none of the development half's 49 keys of {@code bench/corpus} (chosen there with
 * the probe-tone profiles, when it recovered 6 of 7 dominant readings); it still turns a
 * hand-written chroma of a tune on the fifth, its leading tone silent, to the key below.
 */
public final class KeyEstimator {

  /**
   * A dorian or mixolydian profile must beat every major and minor profile by this much correlation
   * for the mode to be noted.
   */
  static final double MODE_MARGIN = 0.03;

  /** How much better the dominant reading may fit and still give way. */
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
    String modeNote = null;
    int winner = best;
    double r1 = scores[best];
    double r2 = scores[second];
    Modal modal = modal(chroma);
    if (modal.score() - modal.probeScore() > MODE_MARGIN && !sameScale(modal.key(), best)) {
      modeNote = modal.key() < 12 ? "mixolydian" : "dorian";
      winner = modal.key();
      r1 = modal.score();
      r2 = modal.probeScore();
      second = modal.probeKey();
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
   * The best dorian or mixolydian reading, and the best major or minor reading by the same
   * (probe-tone) ratings it is weighed against.
   *
   * @param key 0-11 mixolydian on that tonic, 12-23 dorian on tonic {@code key - 12}
   */
  private record Modal(int key, double score, int probeKey, double probeScore) {}

  private static Modal modal(double[] chroma) {
    int modal = 0;
    double modalScore = Double.NEGATIVE_INFINITY;
    int probe = 0;
    double probeScore = Double.NEGATIVE_INFINITY;
    for (int key = 0; key < 24; key++) {
      boolean major = key < 12;
      double score =
          correlation(chroma, key % 12, major ? KeyProfiles.MIXOLYDIAN : KeyProfiles.DORIAN);
      if (score > modalScore) {
        modal = key;
        modalScore = score;
      }
      double plain =
          correlation(chroma, key % 12, major ? KeyProfiles.PROBE_MAJOR : KeyProfiles.PROBE_MINOR);
      if (plain > probeScore) {
        probe = key;
        probeScore = plain;
      }
    }
    return new Modal(modal, modalScore, probe, probeScore);
  }

  /**
   * Whether a modal reading and a major or minor one name the same seven notes (mixolydian on X is
   * major on the fourth above X and minor on the second above; dorian on X is major on the seventh
   * above and minor on the fifth above). Between those the corpus profiles choose the tonic.
   */
  private static boolean sameScale(int modal, int key) {
    int tonic = modal % 12;
    if (modal < 12) {
      return key == (tonic + 5) % 12 || key == 12 + (tonic + 2) % 12;
    }
    return key == (tonic + 10) % 12 || key == 12 + (tonic + 7) % 12;
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
   * How well a chroma fits a major or minor key: the Pearson correlation with the key's probe-tone
   * profile ({@link KeyProfiles#PROBE_MAJOR}), -1..1, the score QA's key margin is measured in.
   *
   * @param chroma twelve pitch-class weights, C first (any scale)
   * @param tonic the key's tonic pitch class, 0 = C
   */
  public static double fit(List<Double> chroma, int tonic, boolean minor) {
    double[] values = new double[12];
    for (int i = 0; i < 12; i++) {
      values[i] = chroma.get(i);
    }
    return correlation(values, tonic, minor ? KeyProfiles.PROBE_MINOR : KeyProfiles.PROBE_MAJOR);
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
