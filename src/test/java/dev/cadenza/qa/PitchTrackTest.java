package dev.cadenza.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.SampleArrays;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines of known pitch (sines at equal-tempered MIDI pitches, A4 = 440 Hz) read back. */
class PitchTrackTest {
  private static final int RATE = 44_100;

  private static double hertz(double midi) {
    return 440 * StrictMath.pow(2, (midi - 69) / 12);
  }

  /** A second of each pitch in turn, 0.3 peak, phase continuous. */
  private static float[][] line(int... midi) {
    float[][] x = new float[1][midi.length * RATE];
    double phase = 0;
    for (int n = 0; n < midi.length; n++) {
      double f = hertz(midi[n]);
      for (int i = n * RATE; i < (n + 1) * RATE; i++) {
        x[0][i] = (float) (0.3 * StrictMath.sin(2 * StrictMath.PI * phase));
        phase += f / RATE;
        phase -= StrictMath.floor(phase);
      }
    }
    return x;
  }

  /** Share of the voiced frames wholly inside [from, to) s read within 50 cents of {@code hz}. */
  private static double atPitch(PitchTrack track, double from, double to, double hz) {
    int voiced = 0;
    int right = 0;
    for (int k = 0; k < track.frames(); k++) {
      if (track.start(k) < from || track.end(k) > to || Double.isNaN(track.hertz(k))) {
        continue;
      }
      voiced++;
      if (Math.abs(1200 * StrictMath.log(track.hertz(k) / hz) / StrictMath.log(2)) <= 50) {
        right++;
      }
    }
    assertThat(voiced).as("voiced frames").isGreaterThan((int) (0.8 * (to - from) * 100) - 10);
    return (double) right / voiced;
  }

  /**
   * Every pitch from E2 to A7, in a line an octave wide: the high ones read an octave low on the
   * decimated stream (a MIDI-99 sine in most frames), which the tracker must not use for them.
   */
  @ParameterizedTest(name = "MIDI {0}")
  @ValueSource(
      ints = {
        40, 45, 52, 57, 64, 69, 76, 81, 84, 88, 91, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104,
        105
      })
  void aSineReadsAtItsPitch(int midi) throws IOException {
    PitchTrack track =
        PitchTrack.of(SampleArrays.source(line(midi), RATE), hertz(midi - 12), hertz(midi));
    assertThat(atPitch(track, 0, 1, hertz(midi))).as("MIDI %d", midi).isGreaterThanOrEqualTo(0.99);
  }

  /** A sax-like line from C4 up to D#7 and back, each note read at its pitch. */
  @Test
  void aWideLineReadsEachNote() throws IOException {
    int[] notes = {60, 72, 84, 91, 96, 99, 94, 87, 75, 63};
    PitchTrack track = PitchTrack.of(SampleArrays.source(line(notes), RATE), hertz(60), hertz(99));
    for (int n = 0; n < notes.length; n++) {
      assertThat(atPitch(track, n, n + 1, hertz(notes[n]))).as("MIDI %d", notes[n]).isEqualTo(1.0);
    }
  }

  /** A bass line, tracked on the decimated stream, reads each note from E1 up. */
  @Test
  void aBassLineReadsEachNote() throws IOException {
    PitchTrack track =
        PitchTrack.of(SampleArrays.source(line(28, 40, 52), RATE), hertz(28), hertz(52));
    for (int n = 0; n < 3; n++) {
      assertThat(atPitch(track, n, n + 1, hertz(28 + 12 * n))).isEqualTo(1.0);
    }
  }
}
