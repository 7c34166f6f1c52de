package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeterminismTest {
  static List<String> all() {
    return Instruments.names();
  }

  private static List<NoteEvent> phrase() {
    List<NoteEvent> notes = new ArrayList<>();
    int[] pitches = {48, 55, 60, 63, 67, 72};
    for (int i = 0; i < pitches.length; i++) {
      notes.add(new NoteEvent(0.25 * i, 0.4, pitches[i], 0.6 + 0.05 * i));
    }
    return notes;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void sameSeedGivesIdenticalSamples(String name) {
    float[][] a = Render.notes(name, phrase(), 2, 44100, 42);
    float[][] b = Render.notes(name, phrase(), 2, 44100, 42);
    assertThat(a[0]).isEqualTo(b[0]);
    assertThat(a[1]).isEqualTo(b[1]);
  }

  /** Splitting a part (say across threads) and summing the pieces changes nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void aNoteSoundsTheSameAloneOrWithinItsPart(String name) {
    Instrument inst = Instruments.create(name);
    List<NoteEvent> notes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      notes.add(new NoteEvent(4.0 * i, 0.4, 50 + 5 * i, 0.8));
    }
    int rate = 44100;
    int frames = (int) ((12.1 + inst.soundingSeconds(notes.get(3))) * rate);
    float[][] whole = new float[2][frames];
    inst.render(notes, whole, rate, 99);
    float[][] pieces = new float[2][frames];
    inst.render(notes.subList(2, 4), pieces, rate, 99);
    float[][] first = new float[2][frames];
    inst.render(notes.subList(0, 2), first, rate, 99);
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < frames; i++) {
        pieces[c][i] += first[c][i];
      }
    }
    assertThat(pieces[0]).isEqualTo(whole[0]);
    assertThat(pieces[1]).isEqualTo(whole[1]);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "snare",
        "clap",
        "closed-hat",
        "open-hat",
        "crash",
        "ride",
        "shaker",
        "kick",
        "pluck",
        "supersaw",
        "pad",
        "strings",
        "choir",
        "riser",
        "downlifter",
        "impact"
      })
  void differentSeedsGiveDifferentNoiseOrPhases(String name) {
    float[][] a = Render.notes(name, phrase(), 1, 44100, 1);
    float[][] b = Render.notes(name, phrase(), 1, 44100, 2);
    assertThat(a[0]).isNotEqualTo(b[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void monoOutputIsTheAverageOfStereo(String name) {
    float[][] stereo = Render.notes(name, phrase(), 2, 44100, 3);
    float[][] mono = Render.notes(name, phrase(), 1, 44100, 3);
    boolean isStereo = Instruments.create(name).stereo();
    for (int i = 0; i < mono[0].length; i++) {
      float expected = isStereo ? 0.5f * (stereo[0][i] + stereo[1][i]) : stereo[0][i];
      if (mono[0][i] != expected) {
        assertThat(Math.abs(mono[0][i] - expected)).as("frame %d", i).isLessThan(1e-6f);
      }
    }
  }
}
