package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InterSamplePeakTest {

  static Stream<Arguments> designs() {
    return Stream.of(
        Arguments.of("true peak 4x", PolyphaseInterpolator.forTruePeak(44_100)),
        Arguments.of("true peak 2x", PolyphaseInterpolator.forTruePeak(96_000)),
        Arguments.of("sharp 8x", PolyphaseInterpolator.sharp()));
  }

  /**
   * The bound is never below any interpolated value (up to the rounding of double sums), computed
   * here directly as the convolution of each branch's coefficients with the samples, in double,
   * over random signals of many shapes: white, smooth, alternating (all energy at Nyquist), sparse
   * spikes.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void theBoundIsNeverBelowAnInterpolatedValue(String name, PolyphaseInterpolator design) {
    InterSamplePeak peak = new InterSamplePeak(design);
    int taps = design.tapsPerPhase();
    int n = 4096;
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      float[] w = signal(random, (int) (seed % 4), n + taps);
      double[] magnitudes = new double[w.length + 1];
      for (int k = 0; k < w.length; k++) {
        magnitudes[k + 1] = magnitudes[k] + Math.abs(w[k]);
      }
      for (int base = 0; base < n; base++) {
        double exact = 0;
        for (int p = 1; p < design.factor(); p++) {
          double[] c = design.coefficients(p);
          double y = 0;
          for (int j = 0; j < taps; j++) {
            y += c[j] * w[base + j];
          }
          exact = Math.max(exact, Math.abs(y));
        }
        double bound = peak.bound(w, base, magnitudes, 0);
        // Both sides are double sums of the same products when only the nearest samples are
        // non-zero (sparse spikes), so they may differ in the last bit.
        assertThat(bound)
            .as("seed %d, interval %d", seed, base)
            .isGreaterThanOrEqualTo(exact * (1 - 1e-12));
        // And the measurement agrees with the direct convolution to float precision.
        assertThat(peak.between(w, base))
            .as("seed %d, interval %d", seed, base)
            .isCloseTo(exact, org.assertj.core.data.Offset.offset(1e-5));
      }
    }
  }

  private static float[] signal(SplittableRandom random, int kind, int n) {
    float[] w = new float[n];
    double smooth = 0;
    for (int i = 0; i < n; i++) {
      double v =
          switch (kind) {
            case 0 -> random.nextDouble(-1.5, 1.5);
            case 1 -> smooth = 0.95 * smooth + 0.2 * random.nextDouble(-1, 1);
            case 2 -> (i % 2 == 0 ? 1 : -1) * random.nextDouble(0.5, 1);
            default -> random.nextInt(50) == 0 ? random.nextDouble(-2, 2) : 0;
          };
      w[i] = (float) v;
    }
    return w;
  }
}
