package dev.cadenza.analyze.tempo;

/**
 * Time signature and downbeats from the accents at the tracked beats.
 *
 * <p>Subdivision: if the novelty at one and two thirds of each beat interval is clearly above the
 * novelty half-way, the beat divides in three (compound metre) and the bar is read as 6/8: two
 * dotted-quarter beats. Swung eighths put an event at two thirds only and stay simple. The test is
 * made on the whole spectrum and again on the high register alone, where the triplet hats of a
 * shuffle stand out: in the whole spectrum their onsets drown in the kick's and snare's.
 *
 * <p>Bar length: a simple metre is 3/4 when the rhythm inside beats three or six apart matches
 * better than inside beats two or four apart ({@link BeatPatterns}), else 4/4.
 *
 * <p>Downbeats: each beat's accent is the low-band onset strength (kick drums and bass notes, which
 * mark bar starts in most styles) at the beat, less half the onset strength that sounds in both the
 * mid and the high band (snares and claps, which mark the backbeat). For the bar's grouping (2 in
 * compound metre, 3 or 4) and every phase, the contrast is the mean accent of the beats at that
 * phase minus the mean of the others; the largest contrast gives the downbeats (near-ties go to the
 * phase whose bar starts first).
 *
 * <p>A one-drop (kick and rim on beat 3 only, beat 1 empty) is read with its kick as beat 1: in
 * these accents it looks like any syncopated groove whose bar starts on its one kick (drum and
 * bass, dubstep), and telling them apart takes knowing the style.
 */
final class MeterDetector {

  /**
   * The metre.
   *
   * @param timeSignature 4/4, 3/4 or 6/8
   * @param beatsPerBar beats in a bar (6/8: 2)
   * @param phase index of the first downbeat among the beats
   */
  record Meter(String timeSignature, int beatsPerBar, int phase) {}

  /** Fewer beats than this are too few to tell a bar. */
  static final int MIN_BEATS = 8;

  /** Thirds below this novelty (in standard deviations) are no subdivision. */
  static final double MIN_SUBDIVISION = 0.2;

  /** How much a snare or clap at a beat counts against its being beat 1. */
  static final double BACKBEAT_WEIGHT = 0.5;

  /** Phases whose contrast is within this share of the best count as tied. */
  static final double PHASE_TIE = 0.1;

  /** Thirds must exceed the half-way accent by this factor for 6/8. */
  static final double COMPOUND_FACTOR = 1.5;

  private MeterDetector() {}

  static Meter detect(
      int[] beats,
      double[] novelty,
      double[] lowNovelty,
      double[] midNovelty,
      double[] highNovelty) {
    if (beats.length < MIN_BEATS) {
      return null;
    }
    boolean compound =
        isCompound(beats, novelty) || (highNovelty != null && isCompound(beats, highNovelty));
    double[] accents = new double[beats.length];
    double[] source = lowNovelty != null ? lowNovelty : novelty;
    for (int i = 0; i < beats.length; i++) {
      accents[i] = peakNear(source, beats[i]);
      // A snare or clap marks a backbeat, not a bar start: where a kick sounds on every beat
      // (four on the floor), the backbeat is what tells beat 1 from beat 2. A snare sounds in the
      // mid and the high register at once; a chord struck on beat 1 only in the mid, hats only in
      // the high, so the geometric mean of the two keeps the snare and drops the others.
      if (midNovelty != null && lowNovelty != null) {
        double mid = peakNear(midNovelty, beats[i]);
        double snare =
            highNovelty == null ? mid : StrictMath.sqrt(mid * peakNear(highNovelty, beats[i]));
        accents[i] -= BACKBEAT_WEIGHT * snare;
      }
    }
    if (compound) {
      return new Meter("6/8", 2, bestPhase(accents, 2));
    }
    BeatPatterns patterns =
        lowNovelty == null && midNovelty == null && highNovelty == null
            ? new BeatPatterns(beats, novelty)
            : new BeatPatterns(beats, lowNovelty, midNovelty, highNovelty);
    if (patterns.triple()) {
      return new Meter("3/4", 3, bestPhase(accents, 3));
    }
    return new Meter("4/4", 4, bestPhase(accents, 4));
  }

  private static boolean isCompound(int[] beats, double[] novelty) {
    double third = 0;
    double twoThirds = 0;
    double half = 0;
    int count = beats.length - 1;
    for (int i = 0; i < count; i++) {
      double d = beats[i + 1] - beats[i];
      third += peakNear(novelty, (int) StrictMath.round(beats[i] + d / 3));
      twoThirds += peakNear(novelty, (int) StrictMath.round(beats[i] + 2 * d / 3));
      half += peakNear(novelty, (int) StrictMath.round(beats[i] + d / 2));
    }
    // Raw accents (the novelty is zero between onsets): quiet triplet hats still count.
    double thirds = Math.min(third, twoThirds) / count;
    double middle = half / count;
    return thirds > MIN_SUBDIVISION && thirds > COMPOUND_FACTOR * middle;
  }

  /** The phase with the largest contrast for a grouping (the earliest among near-ties). */
  private static int bestPhase(double[] accents, int group) {
    double[] contrasts = new double[group];
    double best = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < group; p++) {
      contrasts[p] = contrast(accents, group, p);
      best = Math.max(best, contrasts[p]);
    }
    // Near-ties (a four-on-the-floor loop has nothing that tells beat 1 from beat 3) go to the
    // phase whose bar starts first: music more often starts on a downbeat than off it.
    for (int p = 0; p < group; p++) {
      if (contrasts[p] >= best - PHASE_TIE * Math.abs(best)) {
        return p;
      }
    }
    return 0;
  }

  private static double contrast(double[] accents, int group, int phase) {
    double on = 0;
    double off = 0;
    int onCount = 0;
    int offCount = 0;
    for (int i = 0; i < accents.length; i++) {
      if (i % group == phase) {
        on += accents[i];
        onCount++;
      } else {
        off += accents[i];
        offCount++;
      }
    }
    return (onCount == 0 ? 0 : on / onCount) - (offCount == 0 ? 0 : off / offCount);
  }

  /** The largest value of {@code curve} within {@link PulseGrid#TOLERANCE} frames of a frame. */
  static double peakNear(double[] curve, int centre) {
    double max = 0;
    int lo = Math.max(0, centre - PulseGrid.TOLERANCE);
    int hi = Math.min(curve.length - 1, centre + PulseGrid.TOLERANCE);
    for (int i = lo; i <= hi; i++) {
      max = Math.max(max, curve[i]);
    }
    return max;
  }
}
