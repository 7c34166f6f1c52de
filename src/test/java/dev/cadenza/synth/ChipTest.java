package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.dsp.Measure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chip voices against the chip: a pulse's duty cycle as its Fourier series says (harmonic n of
 * a pulse of duty d has amplitude proportional to |sin(pi n d)| / n), the triangle in tune and
 * without even harmonics, the noise register's sequence lengths as documented for the NES (32767
 * and 93 clocks), the drums' decays where they are set.
 */
class ChipTest {
  private static final int RATE = 48_000;

  /** Harmonic amplitudes 1..8 of a held A3 (220 Hz) over 110 whole periods of its sustain. */
  private static double[] harmonics(String voice) {
    float[] x = Render.mono(voice, new NoteEvent(0, 1.0, 57, 1.0), RATE, 3);
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    int from = (int) (0.4 * RATE);
    int to = from + RATE / 2;
    double[] h = new double[9];
    for (int n = 1; n <= 8; n++) {
      h[n] = Measure.amplitudeAt(d, from, to, 220.0 * n, RATE);
    }
    return h;
  }

  @Test
  void aQuarterPulseHasNoFourthOrEighthHarmonic() {
    double[] h = harmonics("chip-pulse");
    assertThat(h[2] / h[1])
        .isCloseTo(Math.sin(Math.PI / 2) / 2 / Math.sin(Math.PI / 4), within(0.02));
    assertThat(h[3] / h[1])
        .isCloseTo(Math.sin(3 * Math.PI / 4) / 3 / Math.sin(Math.PI / 4), within(0.02));
    assertThat(h[4] / h[1]).isLessThan(0.01);
    assertThat(h[8] / h[1]).isLessThan(0.01);
  }

  @Test
  void anEighthPulseHasNoEighthHarmonic() {
    double[] h = harmonics("chip-pulse-thin");
    double d = 0.125;
    for (int n = 2; n <= 7; n++) {
      double expected = Math.sin(Math.PI * n * d) / n / Math.sin(Math.PI * d);
      assertThat(h[n] / h[1]).as("harmonic " + n).isCloseTo(expected, within(0.02));
    }
    assertThat(h[8] / h[1]).isLessThan(0.01);
  }

  @Test
  void theTriangleHasOddHarmonicsOnly() {
    double[] h = harmonics("chip-triangle");
    assertThat(h[2] / h[1]).isLessThan(0.005);
    assertThat(h[4] / h[1]).isLessThan(0.005);
    // A triangle's third harmonic is 1/9 of its fundamental; the 4-bit staircase keeps it there.
    assertThat(h[3] / h[1]).isCloseTo(1 / 9.0, within(0.01));
  }

  @ParameterizedTest
  @ValueSource(ints = {28, 36, 43, 52, 60})
  void theTrianglePlaysItsNote(int pitch) {
    float[] x = Render.mono("chip-triangle", new NoteEvent(0, 0.8, pitch, 0.8), RATE, 1);
    double hz = Measure.yinHz(x, RATE / 10, RATE / 2 + RATE / 5, RATE);
    assertThat(Measure.cents(hz, Measure.midiHz(pitch))).isCloseTo(0, within(5.0));
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 72, 84, 96})
  void thePulsePlaysItsNote(int pitch) {
    float[] x = Render.mono("chip-pulse", new NoteEvent(0, 0.5, pitch, 0.8), RATE, 1);
    double hz = Measure.yinHz(x, RATE / 20, RATE * 2 / 5, RATE);
    assertThat(Measure.cents(hz, Measure.midiHz(pitch))).isCloseTo(0, within(5.0));
  }

  /** The shortest period p with seq[i] == seq[i + p] for every i. */
  private static int period(boolean shortMode) {
    NoiseRegister r = new NoiseRegister(shortMode);
    List<Integer> seq = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      seq.add(r.clock());
    }
    for (int p = 1; p < 35_000; p++) {
      boolean repeats = true;
      for (int i = 0; i + p < seq.size() && repeats; i++) {
        repeats = seq.get(i).equals(seq.get(i + p));
      }
      if (repeats) {
        return p;
      }
    }
    return -1;
  }

  @Test
  void theNoiseRegisterRepeatsAfter32767ClocksOr93InShortMode() {
    assertThat(period(false)).isEqualTo(32_767);
    assertThat(period(true)).isEqualTo(93);
  }

  @Test
  void theSnaresNoiseFallsToSilenceIn180Milliseconds() {
    float[] x = Render.mono("snare-chip", new NoteEvent(0, 0.1, 38, 1.0), RATE, 1);
    int end = (int) (0.18 * RATE);
    double early = Bands.energy(x, 0, RATE / 50) / (RATE / 50);
    double late = Bands.energy(x, end - RATE / 50, end) / (RATE / 50);
    assertThat(early).isPositive();
    // The last step of the 4-bit volume is 1/15 of the first: 23.5 dB down, and then nothing.
    assertThat(late).isLessThan(early / 100);
    assertThat(Bands.energy(x, end + RATE / 200, x.length)).isLessThan(1e-6);
  }

  @Test
  void theKickSweepsDownAndTheHatIsHigh() {
    float[] kick = Render.mono("kick-chip", new NoteEvent(0, 0.1, 36, 1.0), RATE, 1);
    // 220 Hz falling to 55 in 90 ms: about 120 Hz over 30..50 ms after the noise, 75 Hz over
    // 55..88.
    int ms = RATE / 1000;
    double early = CharacterTest.zeroCrossingHz(kick, 30 * ms, 50 * ms, RATE);
    double late = CharacterTest.zeroCrossingHz(kick, 55 * ms, 88 * ms, RATE);
    assertThat(early).isBetween(95.0, 150.0);
    assertThat(late).isBetween(55.0, 95.0);
    float[] hat = Render.mono("closed-hat-chip", new NoteEvent(0, 0.05, 42, 1.0), RATE, 1);
    assertThat(Bands.shareAbove(hat, 0, (int) (0.05 * RATE), 5000, RATE)).isGreaterThan(0.6);
  }
}
