package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The block paths of the oscillators give the same samples as the one-sample-at-a-time path. */
class BlockRenderingTest {
  private static WavetableOscillator saw(double hz, double phase) {
    WavetableOscillator o = new WavetableOscillator(Wavetable.saw());
    o.setFrequency(hz, 44100);
    o.setPhase(phase);
    return o;
  }

  @Test
  void addToAndAddPairMatchNext() {
    int n = 5000;
    float[] refL = new float[n];
    float[] refR = new float[n];
    WavetableOscillator a = saw(220, 0.1);
    WavetableOscillator b = saw(331, 0.7);
    for (int i = 0; i < n; i++) {
      // next() gives the interpolated table value, a float; the block paths work in float.
      float xa = (float) a.next();
      float xb = (float) b.next();
      refL[i] = (refL[i] + 0.3f * xa) + 0.6f * xb;
      refR[i] = (refR[i] + 0.5f * xa) + 0.2f * xb;
    }
    float[] l = new float[n];
    float[] r = new float[n];
    WavetableOscillator.addPair(saw(220, 0.1), 0.3, 0.5, saw(331, 0.7), 0.6, 0.2, l, r, 0, n);
    assertThat(l).isEqualTo(refL);
    assertThat(r).isEqualTo(refR);

    float[] l1 = new float[n];
    float[] r1 = new float[n];
    WavetableOscillator c = saw(220, 0.1);
    c.addTo(l1, r1, 0, 2000, 0.3, 0.5);
    c.addTo(l1, r1, 2000, n - 2000, 0.3, 0.5);
    WavetableOscillator d = saw(220, 0.1);
    for (int i = 0; i < n; i++) {
      float x = (float) d.next();
      assertThat(l1[i]).isEqualTo(0.3f * x);
      assertThat(r1[i]).isEqualTo(0.5f * x);
    }
  }

  @Test
  void sweepWithAConstantStepIsTheSteadyTone() {
    int n = 3000;
    float[] l = new float[n];
    float[] r = new float[n];
    WavetableOscillator a = saw(440, 0.25);
    a.addSweep(l, r, 0, n, 1, 1, 440.0 / 44100, 440.0 / 44100);
    float[] l2 = new float[n];
    float[] r2 = new float[n];
    saw(440, 0.25).addTo(l2, r2, 0, n, 1, 1);
    assertThat(l).isEqualTo(l2);
  }

  @Test
  void resonatorPartialsHaveTheirFrequencyAndDecay() {
    int rate = 48000;
    float[] out = new float[rate];
    double[] hz = {300, 1234.5, 5000, 40, 700};
    double[] amp = {0.5, 0.2, 0.1, 0.05, 0.1};
    double[] decay = {0.2, Double.POSITIVE_INFINITY, 0.05, 1, 0.3};
    Resonator.addPartials(out, rate, hz, amp, decay, new double[5], 5, rate);
    double[] x = new double[rate];
    for (int i = 0; i < rate; i++) {
      x[i] = out[i];
    }
    // The steady partial keeps its amplitude; a decaying one is down by 1/e after its time
    // constant (measured over short windows centred on the instants).
    assertThat(Measure.amplitudeAt(x, 24000, 24480, 1234.5, rate)).isCloseTo(0.2, within(2e-3));
    double start = Measure.amplitudeAt(x, 0, 480, 300, rate);
    double later = Measure.amplitudeAt(x, 9600, 10080, 300, rate);
    // Window centres are 5 ms and 205 ms: exactly 0.2 s apart.
    assertThat(later / start).isCloseTo(Math.exp(-1), within(0.01));
  }
}
