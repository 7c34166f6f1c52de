package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.dsp.Measure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The record surface against its own definition: clicks arrive at the Poisson rates it sets with
 * sizes following the cube law (so the count above a level is a formula), nothing reaches the low
 * end, and the surface runs on across note joints without a dip.
 */
class VinylCrackleTest {
  private static final int RATE = 44_100;

  /**
   * A click's first sample leaves the two first-order high-passes at (1 - g)² of its size, g = t /
   * (1 + t) with t = tan(π f / fs) (the trapezoidal one-pole's step response).
   */
  private static double firstSampleGain() {
    double t = Math.tan(Math.PI * VinylCrackle.HIGH_PASS_HZ / RATE);
    double g = t / (1 + t);
    return (1 - g) * (1 - g);
  }

  @Test
  void clicksAboveALevelCountAsThePoissonRatesAndTheCubeLawSay() {
    double seconds = 60;
    float[][] x =
        Render.notes("vinyl-crackle", List.of(new NoteEvent(0, seconds, 60, 1.0)), 2, RATE, 11);
    double level = 0.2;
    double gain = firstSampleGain();
    // A click of peak p and size p·u³ (u uniform) exceeds the level when u > (level / (p·gain))^⅓.
    double expected =
        seconds
            * (VinylCrackle.TICKS_PER_SECOND * (1 - Math.cbrt(level / (0.8 * gain)))
                + VinylCrackle.POPS_PER_SECOND * (1 - Math.cbrt(level / (1.0 * gain))));
    int count = 0;
    int quietUntil = 0;
    for (int i = 0; i < (int) (seconds * RATE); i++) {
      // Each click's energy is split between the channels at constant power: l² + r² = size².
      double e = Math.hypot(x[0][i], x[1][i]);
      if (e > level) {
        if (i >= quietUntil) {
          count++;
        }
        quietUntil = i + RATE / 500;
      }
    }
    double sigma = Math.sqrt(expected);
    assertThat((double) count).isBetween(expected - 4 * sigma, expected + 4 * sigma);
  }

  @Test
  void keepsOutOfTheKickAndBass() {
    float[] x = Render.mono("vinyl-crackle", new NoteEvent(0, 4, 60, 1.0), RATE, 5);
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    int n = 1 << 17;
    double[] mag = Measure.blackmanHarrisSpectrum(d, RATE / 2, n);
    double low = 0;
    double all = 0;
    for (int k = 1; k < mag.length; k++) {
      double p = mag[k] * mag[k];
      all += p;
      if (k * (double) RATE / n < 150) {
        low += p;
      }
    }
    assertThat(low / all).isLessThan(0.005);
  }

  @Test
  void runsOnAcrossNoteJointsWithoutADip() {
    double length = 0.5;
    List<NoteEvent> notes = new ArrayList<>();
    for (int k = 0; k < 80; k++) {
      notes.add(new NoteEvent(k * length, length, 60, 1.0));
    }
    float[][] x = Render.notes("vinyl-crackle", notes, 2, RATE, 3);
    double[] joints = new double[79];
    double[] middles = new double[79];
    for (int k = 1; k < 80; k++) {
      joints[k - 1] = power(x, (int) Math.round(k * length * RATE));
      middles[k - 1] = power(x, (int) Math.round((k - 0.5) * length * RATE));
    }
    double db = 10 * Math.log10(median(joints) / median(middles));
    assertThat(db).isBetween(-1.5, 1.5);
  }

  @Test
  void theSameSeedGivesTheSameSurfaceAndAnotherSeedAnother() {
    NoteEvent note = new NoteEvent(0, 2, 60, 0.8);
    float[] a = Render.mono("vinyl-crackle", note, RATE, 9);
    assertThat(Render.mono("vinyl-crackle", note, RATE, 9)).isEqualTo(a);
    assertThat(Arrays.equals(Render.mono("vinyl-crackle", note, RATE, 10), a)).isFalse();
  }

  /** Mean power of both channels over the 4 ms centred on {@code at}. */
  private static double power(float[][] x, int at) {
    int half = RATE / 500;
    double sum = 0;
    for (int i = at - half; i < at + half; i++) {
      sum += x[0][i] * x[0][i] + x[1][i] * x[1][i];
    }
    return sum / (2 * half);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
