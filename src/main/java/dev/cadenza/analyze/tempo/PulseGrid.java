package dev.cadenza.analyze.tempo;

/**
 * Accent strength of a novelty curve on an isochronous grid: the mean, over all grid points, of the
 * curve's maximum within a small tolerance of each point. Used to ask metrical questions such as
 * "are the events half-way between these pulses as strong as the pulses themselves?".
 */
final class PulseGrid {

  /** Tolerance around a grid point, frames (about 12 ms at 172 frames per second). */
  static final int TOLERANCE = 2;

  private final double[] curve;

  private final double floor;

  PulseGrid(double[] curve) {
    this.curve = curve;
    double sum = 0;
    for (int i = 0; i < curve.length; i++) {
      sum += peakNear(i);
    }
    this.floor = curve.length == 0 ? 0 : sum / curve.length;
  }

  /**
   * The accent of a grid that ignores the rhythm: the mean of the tolerance-window maximum over
   * every frame. Accents are compared above this floor.
   */
  double floor() {
    return floor;
  }

  /** The phase in [0, period) whose grid has the largest mean accent. */
  double bestPhase(double period) {
    double best = -1;
    double bestPhase = 0;
    int steps = Math.max(1, (int) period);
    for (int p = 0; p < steps; p++) {
      double accent = accent(period, p, 0);
      if (accent > best) {
        best = accent;
        bestPhase = p;
      }
    }
    return bestPhase;
  }

  /** Mean accent of the grid {@code phase + (k + fraction) * period}. */
  double accent(double period, double phase, double fraction) {
    double sum = 0;
    int count = 0;
    for (double t = phase + fraction * period; t < curve.length; t += period) {
      sum += peakNear((int) StrictMath.round(t));
      count++;
    }
    return count == 0 ? 0 : sum / count;
  }

  private double peakNear(int centre) {
    double max = 0;
    int lo = Math.max(0, centre - TOLERANCE);
    int hi = Math.min(curve.length - 1, centre + TOLERANCE);
    for (int i = lo; i <= hi; i++) {
      max = Math.max(max, curve[i]);
    }
    return max;
  }
}
