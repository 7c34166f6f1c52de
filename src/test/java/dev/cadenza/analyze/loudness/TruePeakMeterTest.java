package dev.cadenza.analyze.loudness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.dsp.PolyphaseInterpolator;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TruePeakMeterTest {

  /**
   * The meter's shortcuts (mirrored branch pairs, skipping chunks that cannot beat the running
   * peak) must give exactly what the plain definition gives: every branch of every window, the
   * input zero before its start and after its end.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20261125})
  void matchesTheDirectPolyphaseSum(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int rate = 44_100;
    float[] x = new float[rate * 2];
    for (int i = 0; i < x.length; i++) {
      // Noise whose level jumps every 50 ms, so the skip bound both holds and fails.
      double level = Math.pow(10, -random.nextInt(4) * 0.5 * ((i / 2205) % 3));
      x[i] = (float) (level * 0.4 * (random.nextDouble() * 2 - 1));
    }
    x[rate] = 0.99f;
    x[rate + 1] = -0.99f; // a Nyquist-rate pair: a large inter-sample peak between them

    PolyphaseInterpolator interpolator = PolyphaseInterpolator.forTruePeak(rate);
    TruePeakMeter meter = new TruePeakMeter(interpolator, 1);
    int offset = 0;
    while (offset < x.length) {
      int n = Math.min(x.length - offset, 1 + random.nextInt(5000));
      AudioBlock block = new AudioBlock(1, n);
      System.arraycopy(x, offset, block.channel(0), 0, n);
      block.setFrames(n);
      meter.accept(block);
      offset += n;
    }
    assertThat(meter.truePeaks()[0])
        .as("seed %d", seed)
        .isCloseTo(direct(interpolator, x), within(2e-6)); // float sums in the meter
  }

  /**
   * A dense, loud signal like a limited master: most samples lie within a few dB of the peak, so
   * the per-output bound through the two central samples decides, not the chunk bound.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {4, 5, 20261125})
  void matchesTheDirectPolyphaseSumOnDenseLoudAudio(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int rate = 44_100;
    float[] x = new float[rate];
    double[] frequencies = new double[6];
    double[] phases = new double[frequencies.length];
    for (int k = 0; k < frequencies.length; k++) {
      frequencies[k] = 40 + random.nextDouble() * 18_000;
      phases[k] = random.nextDouble() * 2 * Math.PI;
    }
    for (int i = 0; i < x.length; i++) {
      double sum = 0.1 * (random.nextDouble() * 2 - 1);
      for (int k = 0; k < frequencies.length; k++) {
        sum += Math.sin(2 * Math.PI * frequencies[k] * i / rate + phases[k]);
      }
      // Soft saturation to about -1 dBFS: a flat-topped, crest-factor-poor waveform.
      x[i] = (float) (0.89 * Math.tanh(sum));
    }
    PolyphaseInterpolator interpolator = PolyphaseInterpolator.forTruePeak(rate);
    TruePeakMeter meter = new TruePeakMeter(interpolator, 1);
    for (int offset = 0; offset < x.length; offset += 4096) {
      int n = Math.min(4096, x.length - offset);
      AudioBlock block = new AudioBlock(1, n);
      System.arraycopy(x, offset, block.channel(0), 0, n);
      block.setFrames(n);
      meter.accept(block);
    }
    assertThat(meter.truePeaks()[0])
        .as("seed %d", seed)
        .isCloseTo(direct(interpolator, x), within(2e-6));
  }

  private static double direct(PolyphaseInterpolator interpolator, float[] x) {
    int taps = interpolator.tapsPerPhase();
    double peak = 0;
    for (float v : x) {
      peak = Math.max(peak, Math.abs(v));
    }
    for (int p = 1; p < interpolator.factor(); p++) {
      double[] c = interpolator.coefficients(p);
      for (int s = -taps / 2; s < x.length + taps / 2; s++) {
        double y = 0;
        for (int j = 0; j < taps; j++) {
          int i = s - taps / 2 + 1 + j;
          if (i >= 0 && i < x.length) {
            y += c[j] * x[i];
          }
        }
        peak = Math.max(peak, Math.abs(y));
      }
    }
    return peak;
  }
}
