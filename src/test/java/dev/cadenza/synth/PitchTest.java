package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.dsp.Measure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every melodic instrument sounds the MIDI note's frequency, 440·2^((p − 69)/12). */
class PitchTest {
  /**
   * Instruments, their playing range, where to listen, and whether they are ensembles. A
   * single-string or single-oscillator voice must be within 3 cents at its spectral peak; an
   * ensemble (detuned unison, vibrato) has no single peak and is judged by the power-weighted
   * centre of its cluster of partials, within 5 cents, on a window long enough (4.5 s) for the
   * partials' beating to average out; the lowest reese notes beat too slowly for that and are left
   * out.
   */
  private record Voice(String name, int low, int high, boolean ensemble, double fromSeconds) {}

  private static final List<Voice> VOICES =
      List.of(
          new Voice("sub-bass", 28, 55, false, 0.3),
          new Voice("808", 28, 55, false, 0.3),
          new Voice("reese-bass", 40, 55, true, 0.3),
          new Voice("acid-bass", 33, 60, false, 0.3),
          new Voice("pluck-bass", 28, 55, false, 0.5),
          new Voice("supersaw", 48, 84, true, 0.3),
          new Voice("pad", 48, 84, true, 0.6),
          new Voice("lead", 55, 91, true, 0.3),
          new Voice("pluck", 40, 96, false, 0.05),
          new Voice("electric-piano", 40, 91, false, 0.1),
          new Voice("piano", 28, 96, false, 0.1),
          new Voice("organ", 36, 96, false, 0.3),
          new Voice("strings", 43, 91, true, 0.5),
          new Voice("brass", 45, 84, true, 0.3),
          new Voice("choir", 48, 79, true, 0.5));

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Voice v : VOICES) {
      for (int rate : new int[] {44100, 48000, 96000}) {
        int[] pitches =
            rate == 44100
                ? new int[] {v.low, (v.low + v.high) / 2, v.high}
                : new int[] {(v.low + v.high) / 2};
        for (int p : pitches) {
          cases.add(Arguments.of(v.name, p, rate, v.ensemble, v.fromSeconds));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} pitch {1} at {2} Hz")
  @MethodSource("cases")
  void soundsTheNotesFrequency(String name, int pitch, int rate, boolean ensemble, double from) {
    double seconds = ensemble ? 5.0 : 1.5;
    float[] x = Render.mono(name, new NoteEvent(0, seconds, pitch, 0.9), rate, 7);
    int start = (int) (from * rate);
    int length = (int) Math.min((seconds - from) * rate, x.length - start);
    if (!ensemble) {
      length = Math.min(length, (int) (0.6 * rate));
    }
    double measured =
        ensemble
            ? Measure.clusterHz(x, start, start + length, rate)
            : Measure.pitchHz(x, start, start + length, rate);
    double cents = ensemble ? 5 : 3;
    double expected = Measure.midiHz(pitch);
    assertThat(Measure.cents(measured, expected))
        .as("%s note %d: measured %.3f Hz, expected %.3f Hz", name, pitch, measured, expected)
        .isBetween(-cents, cents);
  }
}
