package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every instrument must have, checked on every instrument at several pitches. */
class InstrumentInvariantsTest {
  static final long SEED = 20261125L;

  static List<Arguments> everyInstrumentAndPitch() {
    List<Arguments> cases = new ArrayList<>();
    for (String name : Instruments.names()) {
      for (int pitch : new int[] {36, 60, 84}) {
        for (int rate : new int[] {44100, 96000}) {
          cases.add(Arguments.of(name, pitch, rate));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} pitch {1} at {2} Hz")
  @MethodSource("everyInstrumentAndPitch")
  void noteStartsAndEndsAtZeroExactlyWhereItShould(String name, int pitch, int rate) {
    double start = 0.1;
    NoteEvent note = new NoteEvent(start, 0.8, pitch, 1.0);
    float[] x = Render.mono(name, note, rate, SEED);
    int first = (int) Math.round(start * rate);
    int total = (int) Math.round(Instruments.create(name).soundingSeconds(note) * rate);
    for (int i = 0; i <= first; i++) {
      assertThat(x[i]).as("sample %d before or at the onset", i).isZero();
    }
    assertThat(x[first + 1]).as("sound begins right after the onset").isNotZero();
    for (int i = first + total - 1; i < x.length; i++) {
      assertThat(x[i]).as("sample %d at or after the end", i).isZero();
    }
    // The ramps keep the first and last samples tiny relative to the note's own peak.
    double peak = peak(x);
    assertThat(Math.abs(x[first + 1])).isLessThan((float) (0.1 * peak));
    assertThat(Math.abs(x[first + total - 2])).isLessThan((float) (0.1 * peak));
  }

  @ParameterizedTest(name = "{0} pitch {1} at {2} Hz")
  @MethodSource("everyInstrumentAndPitch")
  void fullVelocityNoteIsAudibleButDoesNotClip(String name, int pitch, int rate) {
    float[][] x = Render.notes(name, List.of(new NoteEvent(0, 1.0, pitch, 1.0)), 2, rate, SEED);
    double peak = Math.max(peak(x[0]), peak(x[1]));
    assertThat(peak).as("peak of %s", name).isLessThan(0.98).isGreaterThan(0.1);
  }

  @ParameterizedTest(name = "{0} pitch {1} at {2} Hz")
  @MethodSource("everyInstrumentAndPitch")
  void noteCarriesNoDc(String name, int pitch, int rate) {
    float[] x = Render.mono(name, new NoteEvent(0, 1.0, pitch, 1.0), rate, SEED);
    double sum = 0;
    double energy = 0;
    for (float v : x) {
      sum += v;
      energy += (double) v * v;
    }
    double mean = sum / x.length;
    double rms = Math.sqrt(energy / x.length);
    assertThat(Math.abs(mean))
        .as("mean of %s relative to rms %s", name, rms)
        .isLessThan(0.01 * rms);
  }

  static double peak(float[] x) {
    double p = 0;
    for (float v : x) {
      p = Math.max(p, Math.abs(v));
    }
    return p;
  }
}
