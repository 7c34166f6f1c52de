package dev.cadenza.dsp;

import java.util.ArrayList;
import java.util.List;

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

  /**
   * For {@link #bound}: the sum and difference weights of the two taps on each side of the
   * interval, per branch pair ({@code [pair][0]} the outer tap, {@code [pair][1]} the inner one),
   * and the middle branch's.
   */
  private final double[][] nearEven;

  private final double[][] nearOdd;
  private final double[] nearMiddle;

  /**
   * The taps farther out, in bands of distance from the interval ({@code d} = 0 for the samples at
   * its ends): band b covers distances {@code bandFrom[b] .. bandTo[b]} on both sides, weighted by
   * the largest coefficient magnitude any branch has there.
   */
  private final int[] bandFrom;

  private final int[] bandTo;
  private final double[] bandWeight;

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
    this.nearEven = new double[pairs][2];
    this.nearOdd = new double[pairs][2];
    for (int p = 1; p <= pairs; p++) {
      double[] c = interpolator.coefficients(p);
      for (int k = 0; k < 2; k++) {
        int j = half - 2 + k;
        nearEven[p - 1][k] = (c[j] + c[taps - 1 - j]) / 2;
        nearOdd[p - 1][k] = (c[j] - c[taps - 1 - j]) / 2;
      }
    }
    this.nearMiddle = new double[2];
    if (factor % 2 == 0) {
      double[] c = interpolator.coefficients(factor / 2);
      nearMiddle[0] = c[half - 2];
      nearMiddle[1] = c[half - 1];
    }
    // The largest magnitude at each distance over all branches (mirror branches make it the same
    // on both sides), then bands doubling in width: the weights fall off roughly as 1/d, so a
    // band's largest weight is not far above its others.
    double[] atDistance = new double[half];
    for (int p = 1; p < factor; p++) {
      double[] c = interpolator.coefficients(p);
      for (int d = 0; d < half; d++) {
        atDistance[d] =
            Math.max(atDistance[d], Math.max(Math.abs(c[half + d]), Math.abs(c[half - 1 - d])));
      }
    }
    List<int[]> bands = new ArrayList<>();
    for (int from = 2, width = 1; from < half; from += width, width = from < 4 ? 1 : width * 2) {
      bands.add(new int[] {from, Math.min(half - 1, from + width - 1)});
    }
    this.bandFrom = new int[bands.size()];
    this.bandTo = new int[bands.size()];
    this.bandWeight = new double[bands.size()];
    for (int b = 0; b < bands.size(); b++) {
      bandFrom[b] = bands.get(b)[0];
      bandTo[b] = bands.get(b)[1];
      for (int d = bandFrom[b]; d <= bandTo[b]; d++) {
        bandWeight[b] = Math.max(bandWeight[b], atDistance[d]);
      }
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

  /**
   * An upper bound of {@link #between between(w, base)} that costs a small fraction of it: the four
   * samples nearest the interval through every branch exactly, the rest by magnitude times the
   * largest weight of their band, {@code |sum c x| <= sum |c| |x|}. {@code magnitudes[k]} must be
   * the sum of {@code |w[origin .. origin + k - 1]|}, so a band's magnitudes are one difference.
   * Away from the loudest samples the far taps contribute little, and the bound shows the interval
   * cannot reach a ceiling without computing it.
   *
   * <p>It bounds the exact interpolated values; {@code between}, in float with float coefficients,
   * may read above them by a few parts per million of {@code worstGain()} times the largest sample.
   */
  public double bound(float[] w, int base, double[] magnitudes, int origin) {
    int left = base + half - 1;
    int right = base + half;
    int l = left - origin;
    int r = right - origin;
    double outer1 = w[left - 1];
    double inner1 = w[left];
    double inner2 = w[right];
    double outer2 = w[right + 1];
    double outerSum = outer1 + outer2;
    double outerDiff = outer1 - outer2;
    double innerSum = inner1 + inner2;
    double innerDiff = inner1 - inner2;
    double near = Math.abs(nearMiddle[0] * outerSum + nearMiddle[1] * innerSum);
    for (int p = 0; p < nearEven.length; p++) {
      double[] e = nearEven[p];
      double[] o = nearOdd[p];
      near =
          Math.max(
              near,
              Math.abs(e[0] * outerSum + e[1] * innerSum)
                  + Math.abs(o[0] * outerDiff + o[1] * innerDiff));
    }
    double far = 0;
    for (int b = 0; b < bandWeight.length; b++) {
      double sides =
          magnitudes[r + bandTo[b] + 1]
              - magnitudes[r + bandFrom[b]]
              + magnitudes[l - bandFrom[b] + 1]
              - magnitudes[l - bandTo[b]];
      far += bandWeight[b] * sides;
    }
    return near + far;
  }
}
