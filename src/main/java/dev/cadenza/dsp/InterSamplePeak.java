package dev.cadenza.dsp;

/**
 * The largest magnitude a band-limited interpolator finds between two adjacent samples. Branches p
 * and L-p of a {@link PolyphaseInterpolator} are mirror images, so both come from the sums and
 * differences of mirrored input samples: {@code y_p = S + D}, {@code y_(L-p) = S - D}, and the
 * larger magnitude of the pair is {@code |S| + |D|}.
 */
final class InterSamplePeak {
  private final int taps;
  private final int half;
  private final double[][] evenHalves;
  private final double[][] oddHalves;
  private final double[] middle;

  InterSamplePeak(PolyphaseInterpolator interpolator) {
    this.taps = interpolator.tapsPerPhase();
    this.half = taps / 2;
    int factor = interpolator.factor();
    int pairs = (factor - 1) / 2;
    this.evenHalves = new double[pairs][half];
    this.oddHalves = new double[pairs][half];
    for (int p = 1; p <= pairs; p++) {
      double[] c = interpolator.coefficients(p);
      for (int j = 0; j < half; j++) {
        evenHalves[p - 1][j] = (c[j] + c[taps - 1 - j]) / 2;
        oddHalves[p - 1][j] = (c[j] - c[taps - 1 - j]) / 2;
      }
    }
    if (factor % 2 == 0) {
      double[] c = interpolator.coefficients(factor / 2);
      this.middle = java.util.Arrays.copyOf(c, half);
    } else {
      this.middle = null;
    }
  }

  /** Input samples each evaluation reads. */
  int taps() {
    return taps;
  }

  /**
   * The largest interpolated magnitude strictly between {@code w[base + T/2 - 1]} and {@code w[base
   * + T/2]}, reading {@code w[base .. base + T - 1]}.
   */
  double between(float[] w, int base) {
    int mirror = base + taps - 1;
    double peak = 0;
    for (int p = 0; p < evenHalves.length; p++) {
      double[] e = evenHalves[p];
      double[] o = oddHalves[p];
      double sum = 0;
      double diff = 0;
      for (int j = 0; j < half; j++) {
        double a = w[base + j];
        double b = w[mirror - j];
        sum += e[j] * (a + b);
        diff += o[j] * (a - b);
      }
      peak = Math.max(peak, Math.abs(sum) + Math.abs(diff));
    }
    if (middle != null) {
      double acc = 0;
      for (int j = 0; j < half; j++) {
        acc += middle[j] * (w[base + j] + w[mirror - j]);
      }
      peak = Math.max(peak, Math.abs(acc));
    }
    return peak;
  }
}
