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
      cases.add(Arguments.of(name, 36, 44100));
      cases.add(Arguments.of(name, 84, 44100));
      cases.add(Arguments.of(name, 60, 96000));
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

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("names")
  void extremeNotesAndRatesStayFiniteAndBounded(String name) {
    for (int rate : new int[] {8000, 192000}) {
      for (int pitch : new int[] {0, 127}) {
        for (double duration : new double[] {0.001, 0.5}) {
          float[][] x =
              Render.notes(name, List.of(new NoteEvent(0, duration, pitch, 1.0)), 2, rate, SEED);
          for (float[] channel : x) {
            for (float v : channel) {
              assertThat(Float.isFinite(v) && Math.abs(v) < 1.0f)
                  .as("%s pitch %d, %s s at %d Hz: %s", name, pitch, duration, rate, v)
                  .isTrue();
            }
          }
        }
      }
    }
  }

  static List<String> names() {
    return Instruments.names();
  }

  /** Releasing a key must not step the waveform: no jump larger than the note's own motion. */
  @ParameterizedTest(name = "{0} pitch {1} at {2} Hz")
  @MethodSource("everyInstrumentAndPitch")
  void noteOffDoesNotClick(String name, int pitch, int rate) {
    double duration = 0.7;
    float[] x = Render.mono(name, new NoteEvent(0, duration, pitch, 1.0), rate, SEED);
    int off = (int) Math.round(duration * rate);
    int window = rate / 200;
    double before = maxJump(x, off - rate / 10, off - window);
    double around = maxJump(x, off - window, Math.min(x.length, off + window));
    assertThat(around)
        .as("largest step around note-off vs before")
        .isLessThanOrEqualTo(1.5 * before + 1e-4);
  }

  @org.junit.jupiter.api.Test
  void registryKnowsTheNamedInstrumentsAndRejectsOthers() {
    assertThat(Instruments.names())
        .contains(
            "kick",
            "snare",
            "clap",
            "closed-hat",
            "open-hat",
            "tom",
            "crash",
            "ride",
            "shaker",
            "sub-bass",
            "reese-bass",
            "acid-bass",
            "808",
            "pluck-bass",
            "supersaw",
            "pad",
            "lead",
            "pluck",
            "electric-piano",
            "piano",
            "organ",
            "strings",
            "brass",
            "choir",
            "riser",
            "impact",
            "downlifter")
        .isSorted();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Instruments.create("kazoo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown instrument 'kazoo'")
        .hasMessageContaining("supersaw");
  }

  private static double maxJump(float[] x, int from, int to) {
    double m = 0;
    for (int i = Math.max(1, from); i < Math.min(to, x.length); i++) {
      m = Math.max(m, Math.abs(x[i] - x[i - 1]));
    }
    return m;
  }

  static double peak(float[] x) {
    double p = 0;
    for (float v : x) {
      p = Math.max(p, Math.abs(v));
    }
    return p;
  }
}
