package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A wind or voice plays a line one note at a time: a note has stopped when the next one speaks. */
class WindLineTest {
  private static final int RATE = 44_100;

  @ParameterizedTest
  @ValueSource(strings = {"saxophone", "trumpet", "flute", "voice-ooh", "voice-aah"})
  void theLastNoteIsGoneWhileTheNextSpeaks(String instrument) {
    // C5 held to the onset of E5 (a major third up): a line as a lead plays it.
    double onset = 0.6;
    List<NoteEvent> line =
        List.of(new NoteEvent(0.1, onset - 0.1, 72, 0.8), new NoteEvent(onset, 0.5, 76, 0.8));
    float[] x = Render.notes(instrument, line, 1, RATE, 3)[0];
    // The first 40 ms of E5: what a pitch tracker's first windows of the note hear.
    int from = (int) (onset * RATE) + RATE / 100;
    int to = from + RATE * 3 / 100;
    double old = goertzel(x, from, to, 523.25);
    double next = goertzel(x, from, to, 659.26);
    assertThat(next).as("E5 against C5, 10 to 40 ms into E5").isGreaterThan(4 * old);
  }

  /** Power at {@code hz} over {@code [from, to)} (the Goertzel recursion, Hann window). */
  private static double goertzel(float[] x, int from, int to, double hz) {
    double w = 2 * Math.PI * hz / RATE;
    double c = 2 * Math.cos(w);
    double s1 = 0;
    double s2 = 0;
    int n = to - from;
    for (int i = 0; i < n; i++) {
      double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
      double s = hann * x[from + i] + c * s1 - s2;
      s2 = s1;
      s1 = s;
    }
    return s1 * s1 + s2 * s2 - c * s1 * s2;
  }
}
