package dev.cadenza.analyze.key;

/**
 * Key profiles: how strongly each scale degree (0 = tonic, semitones upward) is expected in music
 * of a key. A key is found by correlating a file's chroma with each profile rotated to each tonic.
 *
 * <p>The key is chosen with the major and minor profiles of J. Albrecht and D. Shanahan, "The use
 * of large corpora to train a new type of key-finding algorithm: an improved treatment of the minor
 * mode", Music Perception 31(1), 59-67 (2013): the share of each scale degree's duration in a
 * corpus of 490 pieces, to three decimals. Their chromatic degrees are near zero and the fifth
 * nearly as strong as the tonic, so a tune that dwells on its fifth is still heard in its key, not
 * its dominant's: on the development half of {@code bench/corpus} (49 folk tunes with a known key)
 * they read 47 keys right, the Krumhansl–Kessler ratings 40.
 *
 * <p>The probe-tone ratings of C. L. Krumhansl and E. J. Kessler, "Tracing the dynamic changes in
 * perceived tonal organization in a spatial representation of musical keys", Psychological Review
 * 89(4), 334-368 (1982), as tabulated in Krumhansl, "Cognitive Foundations of Musical Pitch"
 * (1990), measure how clearly a chroma says one key rather than its neighbours ({@link
 * KeyEstimator#fit}, QA's key margin, which was calibrated on them) and whether a mode is clearly
 * dorian or mixolydian: the dorian and mixolydian profiles are derived here from them, not
 * published: the minor ratings with those of the minor and major sixth exchanged (dorian has a
 * major sixth), and the major ratings with those of the minor and major seventh exchanged
 * (mixolydian has a minor seventh).
 */
final class KeyProfiles {

  static final double[] MAJOR = {
    0.238, 0.006, 0.111, 0.006, 0.137, 0.094, 0.016, 0.214, 0.009, 0.080, 0.008, 0.081
  };

  static final double[] MINOR = {
    0.220, 0.006, 0.104, 0.123, 0.019, 0.103, 0.012, 0.214, 0.062, 0.022, 0.061, 0.052
  };

  static final double[] PROBE_MAJOR = {
    6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88
  };

  static final double[] PROBE_MINOR = {
    6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17
  };

  static final double[] DORIAN = exchange(PROBE_MINOR, 8, 9);

  static final double[] MIXOLYDIAN = exchange(PROBE_MAJOR, 10, 11);

  private KeyProfiles() {}

  private static double[] exchange(double[] profile, int a, int b) {
    double[] copy = profile.clone();
    copy[a] = profile[b];
    copy[b] = profile[a];
    return copy;
  }
}
