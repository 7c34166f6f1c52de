package dev.cadenza.analyze.tempo;

/**
 * Moves a beat sequence that sits a third of a beat off the bass. In a compound metre without drums
 * (a jig: bass note on the first eighth of each beat, an accompanying chord on the third) the chord
 * hits can carry more broadband novelty than the soft bass notes, and the tracker then puts every
 * beat on the chord. The bass marks the beat: when the low-register novelty (below {@link
 * OnsetEnvelope#LOW_BAND_HZ}) at the beats moved by one or two thirds of each inter-beat interval
 * is more than {@link #RATIO} times its value at the beats themselves, the beats move there. Halves
 * are not tried: an off-beat bass line (house) would pull the beats off the kick.
 */
final class BeatPhase {

  /**
   * How much stronger the bass must be at the moved beats. On the development half of {@code
   * bench/corpus} any value from 1.2 to 3 moves the same two jigs (beat F 0 to 0.97) and nothing
   * else; where the tracker was right (jigs, reels, hornpipes and waltzes looked at) the bass is 4
   * to 40 times stronger on its beats than a third away.
   */
  static final double RATIO = 1.5;

  private BeatPhase() {}

  /** The beats, moved when the bass says so; {@code beats} itself otherwise. */
  static int[] correct(int[] beats, double[] low) {
    if (low == null || beats.length < 4) {
      return beats;
    }
    double here = accent(beats, low, 0);
    double bestAccent = here;
    double bestShift = 0;
    for (double shift : new double[] {1.0 / 3, 2.0 / 3}) {
      double a = accent(beats, low, shift);
      if (a > bestAccent) {
        bestAccent = a;
        bestShift = shift;
      }
    }
    if (bestShift == 0 || !(bestAccent > RATIO * here)) {
      return beats;
    }
    int[] moved = new int[beats.length];
    for (int i = 0; i < beats.length; i++) {
      moved[i] = shifted(beats, i, bestShift, low.length);
    }
    return moved;
  }

  /** Mean low-register novelty near the beats moved by {@code shift} of their interval. */
  private static double accent(int[] beats, double[] low, double shift) {
    double sum = 0;
    for (int i = 0; i < beats.length; i++) {
      sum += MeterDetector.peakNear(low, shifted(beats, i, shift, low.length));
    }
    return sum / beats.length;
  }

  /**
   * Beat {@code i} moved by {@code shift} of the interval to the next beat (the previous one for
   * the last).
   */
  private static int shifted(int[] beats, int i, double shift, int length) {
    int interval = i + 1 < beats.length ? beats[i + 1] - beats[i] : beats[i] - beats[i - 1];
    return Math.min(length - 1, beats[i] + (int) StrictMath.round(shift * interval));
  }
}
