package dev.cadenza.synth.soundfont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.synth.NoteEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renders through the JDK's software synthesizer with a sine soundfont written by the test, whose
 * sound is known exactly: a note of pitch p is a sine of 440·2^((p−69)/12) Hz from its start to its
 * end (1 ms attack and release).
 */
class SoundfontPlayerTest {
  private static final int RATE = 48_000;

  @TempDir static Path dir;
  private static Soundfont sine;

  @BeforeAll
  static void writeSoundfont() throws Exception {
    sine = Soundfont.open(SineSoundfont.write(dir.resolve("sine.sf2")), "sine.sf2");
  }

  private static float[][] render(List<NoteEvent> notes, double seconds) {
    float[][] out = new float[2][(int) Math.round(seconds * RATE)];
    new SoundfontPlayer(sine, SineSoundfont.PROGRAM, RATE, n -> 0.06).render(notes, out);
    return out;
  }

  @ParameterizedTest
  @CsvSource({"45", "57", "69", "76", "81"})
  void aNoteSoundsAtItsEqualTemperedFrequency(int pitch) {
    float[][] out = render(List.of(new NoteEvent(0.1, 0.8, pitch, 1.0)), 1.0);
    double expected = 440 * Math.pow(2, (pitch - 69) / 12.0);
    assertThat(frequency(out[0], 0.3, 0.8)).isCloseTo(expected, within(expected * 0.002));
    assertThat(out[1]).containsExactly(out[0]);
  }

  @Test
  void aNoteStartsAndStopsWhenItSays() {
    float[][] out = render(List.of(new NoteEvent(0.25, 0.5, 69, 1.0)), 1.0);
    float[] x = out[0];
    int onset = firstAbove(x, 1e-3f);
    // Note-on is placed to the sample within a control block; the attack takes 1 ms.
    assertThat(onset / (double) RATE).isBetween(0.25, 0.252);
    for (int i = 0; i < (int) (0.25 * RATE); i++) {
      assertThat(x[i]).as("frame %d before the note", i).isZero();
    }
    double during = rms(x, 0.4, 0.7);
    // Note-off acts at the next control block (64 frames) and the release takes 1 ms.
    double after = rms(x, 0.76, 1.0);
    assertThat(during).isGreaterThan(0.05);
    assertThat(after).isLessThan(during * 1e-3);
  }

  @Test
  void aDrumHitRingsForTheHoldTimeOrUntilStruckAgain() throws Exception {
    Soundfont kit = Soundfont.open(SineSoundfont.writeWithKit(dir.resolve("kit.sf2")), "kit.sf2");
    SoundfontPlayer drums = SoundfontPlayer.drums(kit.drumKit(0), RATE, 0.5);
    float[][] out = new float[2][RATE * 2];
    // A 50 ms crash (49) at 0.1 s, held 0.5 s; a kick (36) at 1.0 s struck again at 1.2 s.
    drums.render(
        List.of(
            new NoteEvent(0.1, 0.05, 49, 1.0),
            new NoteEvent(1.0, 0.05, 36, 1.0),
            new NoteEvent(1.2, 0.05, 36, 1.0)),
        out);
    double crash = 440 * Math.pow(2, (49 - 69) / 12.0);
    assertThat(frequency(out[0], 0.3, 0.55)).isCloseTo(crash, within(crash * 0.002));
    assertThat(rms(out[0], 0.65, 0.95)).isLessThan(rms(out[0], 0.3, 0.55) * 1e-3);
    // Struck again: one kick sounding, as loud as the first, until 0.5 s after the second.
    assertThat(rms(out[0], 1.25, 1.65)).isCloseTo(rms(out[0], 1.02, 1.18), within(0.02));
    assertThat(rms(out[0], 1.75, 2.0)).isLessThan(1e-4);
  }

  @Test
  void aSlideBendsFromItsPitchIntoTheNote() {
    NoteEvent slid =
        new NoteEvent(0.1, 0.8, 57, 1.0)
            .with(NoteEvent.SLIDE_FROM, 69)
            .with(NoteEvent.SLIDE_SECONDS, 0.2);
    float[][] out = render(List.of(slid), 1.0);
    // Offset 12·exp(−15 t) semitones: about 10.4 on average over the first 20 ms, about 1.7 at
    // 130..150 ms, none to speak of after 0.5 s.
    assertThat(frequency(out[0], 0.1, 0.12)).isBetween(220 * Math.pow(2, 9.5 / 12), 440.0);
    assertThat(frequency(out[0], 0.23, 0.25))
        .isBetween(220 * Math.pow(2, 1.2 / 12), 220 * Math.pow(2, 2.2 / 12));
    assertThat(frequency(out[0], 0.6, 0.85)).isCloseTo(220, within(0.5));
  }

  @Test
  void softerNotesAreQuieter() {
    double loud = rms(render(List.of(new NoteEvent(0.0, 0.5, 69, 1.0)), 0.5)[0], 0.1, 0.4);
    double soft = rms(render(List.of(new NoteEvent(0.0, 0.5, 69, 0.5)), 0.5)[0], 0.1, 0.4);
    assertThat(soft).isLessThan(loud * 0.9).isGreaterThan(loud * 0.01);
  }

  @Test
  void renderingIsBitIdenticalEveryTime() {
    List<NoteEvent> notes =
        List.of(
            new NoteEvent(0.0, 0.3, 60, 0.8),
            new NoteEvent(0.3, 0.3, 64, 0.7).with(NoteEvent.SLIDE_FROM, 60),
            new NoteEvent(0.3, 0.6, 67, 0.6),
            new NoteEvent(0.6, 0.2, 64, 1.0));
    float[][] first = render(notes, 1.2);
    float[][] second = render(notes, 1.2);
    assertThat(second[0]).containsExactly(first[0]);
    assertThat(second[1]).containsExactly(first[1]);
  }

  @Test
  void bendRangeCoversTheWidestSlide() {
    assertThat(SoundfontPlayer.bendRange(List.of(new NoteEvent(0, 1, 60, 1)))).isEqualTo(2);
    assertThat(
            SoundfontPlayer.bendRange(
                List.of(new NoteEvent(0, 1, 60, 1).with(NoteEvent.SLIDE_FROM, 67.5))))
        .isEqualTo(8);
    assertThat(
            SoundfontPlayer.bendRange(
                List.of(new NoteEvent(0, 1, 30, 1).with(NoteEvent.SLIDE_FROM, 90))))
        .isEqualTo(24);
  }

  /** Frequency from the positive-going zero crossings in [from, to) seconds, interpolated. */
  static double frequency(float[] x, double fromSeconds, double toSeconds) {
    int from = (int) (fromSeconds * RATE);
    int to = (int) (toSeconds * RATE);
    double first = Double.NaN;
    double last = Double.NaN;
    int crossings = 0;
    for (int i = from; i + 1 < to; i++) {
      if (x[i] <= 0 && x[i + 1] > 0) {
        double t = i + x[i] / (double) (x[i] - x[i + 1]);
        if (crossings == 0) {
          first = t;
        }
        last = t;
        crossings++;
      }
    }
    return (crossings - 1) / ((last - first) / RATE);
  }

  static double rms(float[] x, double fromSeconds, double toSeconds) {
    int from = (int) (fromSeconds * RATE);
    int to = (int) Math.min(x.length, toSeconds * RATE);
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += (double) x[i] * x[i];
    }
    return Math.sqrt(sum / (to - from));
  }

  private static int firstAbove(float[] x, float level) {
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(x[i]) > level) {
        return i;
      }
    }
    return -1;
  }
}
