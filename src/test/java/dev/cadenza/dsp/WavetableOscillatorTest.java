package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WavetableOscillatorTest {
  /**
   * Worst non-harmonic component allowed, relative to the fundamental. A naive saw at these notes
   * has aliases around -20 to -30 dB and 2-point polyBLEP about -40 to -60 dB; the tables measure
   * below -90 dB, so -80 dB leaves margin without hiding a regression.
   */
  private static final double ALIAS_LIMIT_DB = -80;

  static List<Arguments> highNotes() {
    List<Arguments> cases = new ArrayList<>();
    for (String wave : List.of("saw", "square", "triangle")) {
      for (int rate : new int[] {44100, 48000}) {
        for (int note : new int[] {72, 84, 93, 100, 105, 108}) {
          cases.add(Arguments.of(wave, rate, note));
        }
      }
    }
    return cases;
  }

  private static Wavetable wave(String name) {
    return switch (name) {
      case "saw" -> Wavetable.saw();
      case "square" -> Wavetable.square();
      default -> Wavetable.triangle();
    };
  }

  @ParameterizedTest(name = "{0} at {1} Hz, note {2}")
  @MethodSource("highNotes")
  void everythingBetweenTheHarmonicsIsFarBelowTheFundamental(String name, int rate, int note) {
    int n = 1 << 16;
    double f = Measure.midiHz(note);
    WavetableOscillator osc = new WavetableOscillator(wave(name));
    osc.setFrequency(f, rate);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = osc.next();
    }
    double[] mag = Measure.blackmanHarrisSpectrum(x, 0, n);
    double binHz = (double) rate / n;
    int guard = 6;
    boolean[] harmonic = new boolean[mag.length];
    for (int k = 0; k <= guard; k++) {
      harmonic[k] = true;
    }
    for (int h = 1; h * f < rate / 2.0; h++) {
      int centre = (int) Math.round(h * f / binHz);
      for (int k = centre - guard; k <= centre + guard; k++) {
        if (k >= 0 && k < mag.length) {
          harmonic[k] = true;
        }
      }
    }
    double fundamental = 0;
    int c = (int) Math.round(f / binHz);
    for (int k = c - 2; k <= c + 2; k++) {
      fundamental = Math.max(fundamental, mag[k]);
    }
    double worst = 0;
    for (int k = 0; k < mag.length; k++) {
      if (!harmonic[k]) {
        worst = Math.max(worst, mag[k]);
      }
    }
    double db = 20 * Math.log10(worst / fundamental);
    assertThat(db)
        .as("worst alias of %s note %d at %d Hz", name, note, rate)
        .isLessThan(ALIAS_LIMIT_DB);
  }

  @ParameterizedTest(name = "{0} at {1} Hz, note {2}")
  @MethodSource("highNotes")
  void playsTheRequestedFrequency(String name, int rate, int note) {
    double f = Measure.midiHz(note);
    WavetableOscillator osc = new WavetableOscillator(wave(name));
    osc.setFrequency(f, rate);
    float[] x = new float[rate / 2];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) osc.next();
    }
    assertThat(Measure.cents(Measure.pitchHz(x, 0, x.length, rate), f))
        .isCloseTo(0, org.assertj.core.api.Assertions.within(0.5));
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"saw", "square", "triangle"})
  void lowNotesHaveTheTextbookHarmonicAmplitudes(String name) {
    // Fourier series: saw 2/(πk) for every k; square 4/(πk) odd k; triangle 8/(π²k²) odd k.
    int rate = 48000;
    double f = 93.75; // 1024 samples per cycle: every harmonic falls on an exact frequency
    WavetableOscillator osc = new WavetableOscillator(wave(name));
    osc.setFrequency(f, rate);
    double[] x = new double[512 * 90]; // whole cycles, so the harmonics are orthogonal
    for (int i = 0; i < x.length; i++) {
      x[i] = osc.next();
    }
    for (int k = 1; k <= 9; k++) {
      double expected =
          switch (name) {
            case "saw" -> 2 / (Math.PI * k);
            case "square" -> k % 2 == 1 ? 4 / (Math.PI * k) : 0;
            default -> k % 2 == 1 ? 8 / (Math.PI * Math.PI * k * k) : 0;
          };
      assertThat(Measure.amplitudeAt(x, 0, x.length, k * f, rate))
          .as("harmonic %d", k)
          .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-4));
    }
  }
}
