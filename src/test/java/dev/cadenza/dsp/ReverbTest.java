package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReverbTest {

  /** The wet impulse response, {@code seconds} long, of a reverb at full mix. */
  private static float[][] impulseResponse(Reverb.Settings settings, int rate, double seconds) {
    float[][] x = new float[2][(int) (seconds * rate)];
    x[0][0] = 1;
    x[1][0] = 1;
    return Audio.process(new Reverb(settings, rate, 2), x, rate);
  }

  /**
   * RT60 by Schroeder backward integration (ISO 3382-1): the energy decay curve EDC(t) = sum of h^2
   * from t to the end, in dB, fitted by least squares between -5 and -35 dB (T30), and extrapolated
   * to 60 dB.
   */
  static double rt60(float[] h, int rate) {
    double[] edc = new double[h.length];
    double sum = 0;
    for (int i = h.length - 1; i >= 0; i--) {
      sum += (double) h[i] * h[i];
      edc[i] = sum;
    }
    double total = edc[0];
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int count = 0;
    for (int i = 0; i < h.length; i++) {
      double db = 10 * StrictMath.log10(edc[i] / total);
      if (db <= -5 && db >= -35) {
        double t = (double) i / rate;
        sx += t;
        sy += db;
        sxx += t * t;
        sxy += t * db;
        count++;
      }
    }
    double slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
    return -60 / slope;
  }

  @ParameterizedTest(name = "RT60 {0} s at {1} Hz")
  @CsvSource({"0.4, 48000", "1.2, 44100", "2.5, 48000", "6, 44100"})
  void impulseResponseDecaysAtTheRequestedRate(double rt60, int rate) {
    // T30 needs the decay down to -35 dB plus a tail: 0.8 RT60 of response is -48 dB.
    float[][] h = impulseResponse(new Reverb.Settings(rt60, 1, 0, 1), rate, 0.8 * rt60 + 0.3);
    for (int c = 0; c < 2; c++) {
      assertThat(rt60(h[c], rate)).as("channel %d", c).isCloseTo(rt60, within(0.05 * rt60));
    }
  }

  @Test
  void highFrequenciesDecayFasterWithDamping() {
    int rate = 48_000;
    double rt60 = 2;
    float[][] h = impulseResponse(new Reverb.Settings(rt60, 0.4, 0, 1), rate, 2.5);
    float[][] low = Audio.copy(h);
    float[][] high = Audio.copy(h);
    Audio.processInPlace(new Equalizer(List.of(Rbj.lowPass(250, 0.7071, rate)), 2), low);
    Audio.processInPlace(new Equalizer(List.of(Rbj.highPass(12_000, 0.7071, rate)), 2), high);
    double lowRt = rt60(low[0], rate);
    double highRt = rt60(high[0], rate);
    // Near DC the loss filters give the full RT60; at 12 kHz (a quarter of the rate) they are well
    // on their way to the Nyquist decay of 0.4 RT60.
    assertThat(lowRt).isCloseTo(rt60, within(0.15 * rt60));
    assertThat(highRt).isLessThan(0.75 * rt60).isGreaterThan(0.4 * rt60 * 0.9);
  }

  @Test
  void leftAndRightAreDecorrelatedAndCarryAboutUnitEnergy() {
    int rate = 48_000;
    float[][] h = impulseResponse(new Reverb.Settings(1.5, 0.6, 0, 1), rate, 2);
    double ll = 0;
    double rr = 0;
    double lr = 0;
    for (int i = 0; i < h[0].length; i++) {
      ll += (double) h[0][i] * h[0][i];
      rr += (double) h[1][i] * h[1][i];
      lr += (double) h[0][i] * h[1][i];
    }
    assertThat(Math.abs(lr) / StrictMath.sqrt(ll * rr)).isLessThan(0.2);
    // The input is the mean of both channels (1 here); the wet gain is set for unit energy with
    // frequency-independent decay, and damping only removes energy.
    assertThat(ll).isBetween(0.3, 1.5);
    assertThat(rr).isBetween(0.3, 1.5);
  }

  @Test
  void nothingArrivesBeforeThePreDelayPlusTheShortestLine() {
    int rate = 48_000;
    float[][] h = impulseResponse(new Reverb.Settings(1, 0.5, 20, 1), rate, 0.2);
    // 20 ms = 960 frames of pre-delay, then the shortest line, 31.3 ms = 1502 frames.
    int first = 960 + 1502;
    for (int i = 0; i < first; i++) {
      assertThat(h[0][i]).as("frame %d", i).isZero();
    }
    assertThat(h[0][first]).isNotZero();
  }

  @Test
  void zeroMixIsBitTransparent() {
    int rate = 44_100;
    float[][] signal = Audio.noise(2, rate, 1, 12);
    Reverb reverb = new Reverb(new Reverb.Settings(3, 0.5, 30, 0), rate, 2);
    assertThat(Audio.process(reverb, signal, rate)).isDeepEqualTo(signal);
  }
}
