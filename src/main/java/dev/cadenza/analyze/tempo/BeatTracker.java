package dev.cadenza.analyze.tempo;

/**
 * Beat times by dynamic programming over a novelty curve, after Ellis, "Beat Tracking by Dynamic
 * Programming" (J. New Music Research 36(1), 2007): the best beat sequence maximises the novelty at
 * the beats minus {@value #TIGHTNESS} times the squared log ratio of each inter-beat interval to
 * the target period. The target period may change over time (a tempo curve).
 */
final class BeatTracker {

  /** Ellis's tightness; the novelty has unit standard deviation, as in the paper. */
  static final double TIGHTNESS = 100;

  private BeatTracker() {}

  /** Beat frames in increasing order. */
  static int[] track(double[] novelty, LocalTempo.Curve tempo) {
    int n = novelty.length;
    double[] score = new double[n];
    int[] back = new int[n];
    double cachedPeriod = -1;
    double[] cost = new double[0];
    int costMin = 0;
    for (int t = 0; t < n; t++) {
      // The transition cost depends on the interval and the period; the period moves slowly, so
      // the table is rebuilt only when it moves by a tenth of a frame.
      double period = StrictMath.rint(tempo.periodAt(t) * 10) / 10;
      if (period != cachedPeriod) {
        cachedPeriod = period;
        costMin = Math.max(1, (int) StrictMath.round(period / 2));
        int costMax = (int) StrictMath.round(period * 2);
        cost = new double[costMax - costMin + 1];
        for (int d = costMin; d <= costMax; d++) {
          double l = StrictMath.log(d / period);
          cost[d - costMin] = TIGHTNESS * l * l;
        }
      }
      double best = Double.NEGATIVE_INFINITY;
      int arg = -1;
      for (int i = 0; i < cost.length; i++) {
        int previous = t - costMin - i;
        if (previous < 0) {
          break;
        }
        double v = score[previous] - cost[i];
        if (v > best) {
          best = v;
          arg = previous;
        }
      }
      if (arg < 0 || best < 0) {
        // No useful predecessor: a sequence may start here.
        score[t] = novelty[t];
        back[t] = -1;
      } else {
        score[t] = novelty[t] + best;
        back[t] = arg;
      }
    }
    if (n == 0) {
      return new int[0];
    }
    int lastPeriod = (int) StrictMath.ceil(tempo.periodAt(n - 1));
    int end = n - 1;
    for (int t = Math.max(0, n - lastPeriod); t < n; t++) {
      if (score[t] > score[end]) {
        end = t;
      }
    }
    int count = 0;
    for (int t = end; t >= 0; t = back[t]) {
      count++;
    }
    int[] beats = new int[count];
    for (int t = end, i = count - 1; t >= 0; t = back[t], i--) {
      beats[i] = t;
    }
    return beats;
  }
}
