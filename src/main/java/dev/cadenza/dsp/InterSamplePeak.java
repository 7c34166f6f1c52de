package dev.cadenza.dsp;

/**
 * The largest magnitude a band-limited interpolator finds between two adjacent samples. Branches p
 * and L-p of a {@link PolyphaseInterpolator} are mirror images, so both come from the sums and
 * differences of mirrored input samples: {@code y_p = S + D}, {@code y_(L-p) = S - D}, and the
 * larger magnitude of the pair is {@code |S| + |D|}.
 */
public final class InterSamplePeak {
  private final int taps;
  private final int half;
  private final float[][] evenHalves;
  private final float[][] oddHalves;
  private final float[] middle;
  private final double worstGain;
  private final double nearGain;
  private final double farGain;

  public InterSamplePeak(PolyphaseInterpolator interpolator) {
    if (interpolator.tapsPerPhase() % 4 != 0) {
      throw new IllegalArgumentException(
          "taps per phase must be a multiple of 4: " + interpolator.tapsPerPhase());
    }
    this.taps = interpolator.tapsPerPhase();
    this.half = taps / 2;
    int factor = interpolator.factor();
    int pairs = (factor - 1) / 2;
    this.evenHalves = new float[pairs][half];
    this.oddHalves = new float[pairs][half];
    this.worstGain = interpolator.worstCaseGain();
    double near = 0;
    double far = 0;
    for (int p = 1; p < factor; p++) {
      double[] c = interpolator.coefficients(p);
      double central = Math.abs(c[half - 1]) + Math.abs(c[half]);
      double all = 0;
      for (double v : c) {
        all += Math.abs(v);
      }
      near = Math.max(near, central);
      far = Math.max(far, all - central);
    }
    this.nearGain = near;
    this.farGain = far;
    for (int p = 1; p <= pairs; p++) {
      double[] c = interpolator.coefficients(p);
      for (int j = 0; j < half; j++) {
        evenHalves[p - 1][j] = (float) ((c[j] + c[taps - 1 - j]) / 2);
        oddHalves[p - 1][j] = (float) ((c[j] - c[taps - 1 - j]) / 2);
      }
    }
    if (factor % 2 == 0) {
      double[] c = interpolator.coefficients(factor / 2);
      this.middle = new float[half];
      for (int j = 0; j < half; j++) {
        middle[j] = (float) c[j];
      }
    } else {
      this.middle = null;
    }
  }

  /** Input samples each evaluation reads. */
  public int taps() {
    return taps;
  }

  /** No interpolated value exceeds this times the largest magnitude of the samples it reads. */
  public double worstGain() {
    return worstGain;
  }

  /**
   * The largest gain of the two samples an interpolated value lies between, {@code max_p (|c_p[T/2
   * - 1]| + |c_p[T/2]|)}. With {@link #farGain}: no value between {@code w[base + T/2 - 1]} and
   * {@code w[base + T/2]} exceeds {@code nearGain * max(|w[base + T/2 - 1]|, |w[base + T/2]|) +
   * farGain * (largest magnitude of the T samples read)}, a much tighter bound than {@link
   * #worstGain} where the two central samples are quieter than their neighbourhood.
   */
  public double nearGain() {
    return nearGain;
  }

  /** The largest summed gain of the other T - 2 samples, {@code max_p} of the rest of the sum. */
  public double farGain() {
    return farGain;
  }

  /**
   * The largest interpolated magnitude strictly between {@code w[base + T/2 - 1]} and {@code w[base
   * + T/2]}, reading {@code w[base .. base + T - 1]}. Float sums of 12 terms keep a relative error
   * near 1e-6, far inside the margins this is used with.
   */
  public double between(float[] w, int base) {
    int mirror = base + taps - 1;
    float peak = 0;
    for (int p = 0; p < evenHalves.length; p++) {
      float[] e = evenHalves[p];
      float[] o = oddHalves[p];
      float sum0 = 0;
      float sum1 = 0;
      float diff0 = 0;
      float diff1 = 0;
      for (int j = 0; j < half; j += 2) {
        float a0 = w[base + j];
        float b0 = w[mirror - j];
        float a1 = w[base + j + 1];
        float b1 = w[mirror - j - 1];
        sum0 += e[j] * (a0 + b0);
        diff0 += o[j] * (a0 - b0);
        sum1 += e[j + 1] * (a1 + b1);
        diff1 += o[j + 1] * (a1 - b1);
      }
      peak = Math.max(peak, Math.abs(sum0 + sum1) + Math.abs(diff0 + diff1));
    }
    if (middle != null) {
      float acc0 = 0;
      float acc1 = 0;
      for (int j = 0; j < half; j += 2) {
        acc0 += middle[j] * (w[base + j] + w[mirror - j]);
        acc1 += middle[j + 1] * (w[base + j + 1] + w[mirror - j - 1]);
      }
      peak = Math.max(peak, Math.abs(acc0 + acc1));
    }
    return peak;
  }
}
