package dev.cadenza.analyze.key;

/**
 * Key profiles: how strongly each scale degree (0 = tonic, semitones upward) is expected in music
 * of a key. A key is found by correlating a file's chroma with each profile rotated to each tonic.
 *
 * <p>The major and minor values are the probe-tone ratings of C. L. Krumhansl and E. J. Kessler,
 * "Tracing the dynamic changes in perceived tonal organization in a spatial representation of
 * musical keys", Psychological Review 89(4), 334-368 (1982), as tabulated in Krumhansl, "Cognitive
 * Foundations of Musical Pitch" (1990). They suit audio chroma, where the tonic triad dominates,
 * better than corpus counts of scale degrees do.
 *
 * <p>The dorian and mixolydian profiles are derived here, not published: the minor profile with the
 * ratings of the minor and major sixth exchanged (dorian has a major sixth), and the major profile
 * with those of the minor and major seventh exchanged (mixolydian has a minor seventh).
 */
final class KeyProfiles {

  static final double[] MAJOR = {
    6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88
  };

  static final double[] MINOR = {
    6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17
  };

  static final double[] DORIAN = exchange(MINOR, 8, 9);

  static final double[] MIXOLYDIAN = exchange(MAJOR, 10, 11);

  private KeyProfiles() {}

  private static double[] exchange(double[] profile, int a, int b) {
    double[] copy = profile.clone();
    copy[a] = profile[b];
    copy[b] = profile[a];
    return copy;
  }
}
