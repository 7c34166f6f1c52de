package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilterTest {
  static List<Arguments> responses() {
    List<Arguments> cases = new ArrayList<>();
    for (int rate : new int[] {44100, 48000, 96000}) {
      for (double cutoff : new double[] {100, 1000, 5000, 15000}) {
        for (double q : new double[] {0.5, Math.sqrt(0.5), 4, 30}) {
          for (double at : new double[] {0.5, 1, 2}) {
            if (cutoff * at < 0.45 * rate) {
              cases.add(Arguments.of(rate, cutoff, q, at));
            }
          }
        }
      }
    }
    return cases;
  }

  /**
   * The state-variable filter is the bilinear transform of 1/(s² + s/Q + 1) with the cutoff
   * prewarped: at frequency f its response is the analog one at Ω = tan(πf/fs) / tan(πfc/fs).
   */
  @ParameterizedTest(name = "{0} Hz, fc {1}, Q {2}, f = {3}·fc")
  @MethodSource("responses")
  void stateVariableMagnitudeMatchesThePrewarpedAnalogPrototype(
      int rate, double cutoff, double q, double at) {
    double f = cutoff * at;
    double omega = Math.tan(Math.PI * f / rate) / Math.tan(Math.PI * cutoff / rate);
    double k = 1 / q;
    double denominator = Math.hypot(1 - omega * omega, k * omega);
    double expectedLow = 1 / denominator;
    double expectedHigh = omega * omega / denominator;
    double expectedBand = k * omega / denominator;

    StateVariableFilter svf = new StateVariableFilter();
    svf.set(cutoff, q, rate);
    int settle = rate; // one second: longer than 2Q/ωc for every case
    int n = settle + rate / 2;
    double[] low = new double[n];
    double[] high = new double[n];
    double[] band = new double[n];
    for (int i = 0; i < n; i++) {
      svf.process(Math.sin(2 * Math.PI * f * i / rate));
      low[i] = svf.low();
      high[i] = svf.high();
      band[i] = svf.band() * k;
    }
    assertThat(db(Measure.amplitudeAt(low, settle, n, f, rate)))
        .isCloseTo(db(expectedLow), within(0.01));
    assertThat(db(Measure.amplitudeAt(high, settle, n, f, rate)))
        .isCloseTo(db(expectedHigh), within(0.01));
    assertThat(db(Measure.amplitudeAt(band, settle, n, f, rate)))
        .isCloseTo(db(expectedBand), within(0.01));
  }

  @ParameterizedTest(name = "{0} Hz")
  @org.junit.jupiter.params.provider.ValueSource(ints = {44100, 48000, 96000})
  void atTheCutoffLowPassGainIsQ(int rate) {
    for (double q : new double[] {0.707, 2, 10}) {
      StateVariableFilter svf = new StateVariableFilter();
      svf.set(2000, q, rate);
      double[] y = new double[rate];
      for (int i = 0; i < y.length; i++) {
        y[i] = svf.lowpass(Math.sin(2 * Math.PI * 2000 * i / rate));
      }
      assertThat(Measure.amplitudeAt(y, rate / 2, rate, 2000, rate)).isCloseTo(q, within(q * 1e-3));
    }
  }

  @Test
  void staysStableAtExtremeResonanceAndCutoff() {
    for (int rate : new int[] {44100, 48000, 96000}) {
      for (double cutoff : new double[] {5, 20, 0.49 * rate, rate}) {
        StateVariableFilter svf = new StateVariableFilter();
        svf.set(cutoff, 1000, rate);
        double last = 0;
        double peak = 0;
        for (int i = 0; i < 20 * rate; i++) {
          last = svf.lowpass(i == 0 ? 1 : 0);
          peak = Math.max(peak, Math.abs(last));
        }
        assertThat(peak).as("peak at fc %s, %d Hz", cutoff, rate).isFinite().isLessThan(10);
        assertThat(Math.abs(last)).isLessThan(peak);
      }
    }
  }

  @ParameterizedTest(name = "{0} Hz")
  @org.junit.jupiter.params.provider.ValueSource(ints = {44100, 48000, 96000})
  void onePoleIsThreeDecibelsDownAtItsCutoff(int rate) {
    for (double cutoff : new double[] {10, 300, 8000}) {
      OnePoleFilter lp = new OnePoleFilter(cutoff, rate);
      OnePoleFilter hp = new OnePoleFilter(cutoff, rate);
      int n = 3 * rate;
      double[] low = new double[n];
      double[] high = new double[n];
      for (int i = 0; i < n; i++) {
        double x = Math.sin(2 * Math.PI * cutoff * i / rate);
        low[i] = lp.lowpass(x);
        high[i] = hp.highpass(x);
      }
      double expected = 20 * Math.log10(Math.sqrt(0.5));
      assertThat(db(Measure.amplitudeAt(low, rate, n, cutoff, rate)))
          .isCloseTo(expected, within(0.01));
      assertThat(db(Measure.amplitudeAt(high, rate, n, cutoff, rate)))
          .isCloseTo(expected, within(0.01));
    }
  }

  @Test
  void onePoleHighPassInPlaceIsTheDirectFormAndRemovesDc() {
    int rate = 44100;
    OnePoleFilter direct = new OnePoleFilter(10, rate);
    OnePoleFilter inPlace = new OnePoleFilter(10, rate);
    int n = 2 * rate;
    float[] x = new float[n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int i = 0; i < n; i++) {
      // A 0.5 DC step under a 440 Hz tone and noise.
      x[i] =
          (float)
              (0.5 + 0.3 * Math.sin(2 * Math.PI * 440 * i / rate) + 0.1 * random.nextGaussian());
    }
    float[] y = x.clone();
    // Two calls, so the state carries over between blocks as it does between a voice's blocks.
    inPlace.highpassInPlace(y, n / 3);
    float[] rest = java.util.Arrays.copyOfRange(y, n / 3, n);
    inPlace.highpassInPlace(rest, rest.length);
    System.arraycopy(rest, 0, y, n / 3, rest.length);
    double mean = 0;
    for (int i = 0; i < n; i++) {
      assertThat((double) y[i]).isCloseTo(direct.highpass(x[i]), within(1e-6));
      if (i >= n / 2) {
        mean += y[i];
      }
    }
    // A 10 Hz one-pole decays by e^(-2π·10·t): after one second the step is gone.
    assertThat(mean / (n - n / 2)).isCloseTo(0.0, within(1e-4));
  }

  private static double db(double gain) {
    return 20 * Math.log10(gain);
  }
}
