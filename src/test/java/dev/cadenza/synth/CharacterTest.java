package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.dsp.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What makes particular instruments what they are. */
class CharacterTest {

  /** Frequency from the mean distance between upward zero crossings in x[from, to). */
  static double zeroCrossingHz(float[] x, int from, int to, double rate) {
    int first = -1;
    int last = -1;
    int count = 0;
    for (int i = from + 1; i < to; i++) {
      if (x[i - 1] < 0 && x[i] >= 0) {
        if (first < 0) {
          first = i;
        }
        last = i;
        count++;
      }
    }
    return count < 2 ? Double.NaN : (count - 1) * rate / (last - first);
  }

  @ParameterizedTest(name = "{0} Hz")
  @ValueSource(ints = {44100, 48000, 96000})
  void kickPitchFallsFromAKnockToALowBody(int rate) {
    float[] x = Render.mono("kick", new NoteEvent(0, 0.5, 36, 1.0), rate, 1);
    double early = zeroCrossingHz(x, 0, (int) (0.03 * rate), rate);
    double middle = zeroCrossingHz(x, (int) (0.05 * rate), (int) (0.12 * rate), rate);
    double late = zeroCrossingHz(x, (int) (0.2 * rate), (int) (0.45 * rate), rate);
    assertThat(early).isGreaterThan(100);
    assertThat(middle).isLessThan(early);
    assertThat(late).isLessThan(middle).isBetween(40.0, 60.0);
  }

  @ParameterizedTest(name = "pitch {0} at {1} Hz")
  @CsvSource({
    "36, 44100", "40, 44100", "48, 44100", "57, 44100", "64, 44100", "69, 44100", "76, 44100",
    "84, 44100", "91, 44100", "96, 44100", "100, 44100", "60, 48000", "96, 48000", "40, 96000",
    "72, 96000", "100, 96000"
  })
  void karplusStrongStringIsInTune(int pitch, int rate) {
    float[] x = Render.mono("pluck", new NoteEvent(0, 1.0, pitch, 0.8), rate, pitch);
    int from = (int) (0.03 * rate);
    int to = from + (int) (0.25 * rate);
    double cents = Measure.cents(Measure.pitchHz(x, from, to, rate), Measure.midiHz(pitch));
    assertThat(cents).as("pitch %d at %d Hz", pitch, rate).isBetween(-2.0, 2.0);
  }

  @Test
  void pluckedStringDecays() {
    int rate = 44100;
    float[] x = Render.mono("pluck", new NoteEvent(0, 3.0, 57, 1.0), rate, 3);
    assertThat(rms(x, (int) (1.0 * rate), (int) (1.1 * rate)))
        .isLessThan(0.3 * rms(x, (int) (0.05 * rate), (int) (0.15 * rate)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"808", "acid-bass", "lead"})
  void slideStartsAtTheSourcePitchAndLandsOnTheNote(String name) {
    int rate = 48000;
    NoteEvent note =
        new NoteEvent(0, 3.0, 45, 0.9)
            .with(NoteEvent.SLIDE_FROM, 52)
            .with(NoteEvent.SLIDE_SECONDS, 0.3);
    float[] x = Render.mono(name, note, rate, 5);
    double start = Measure.yinHz(x, 0, (int) (0.06 * rate), rate);
    // The lead's vibrato spreads its partial, so judge the centre of the cluster.
    double end = Measure.clusterHz(x, (int) (0.5 * rate), (int) (2.9 * rate), rate);
    assertThat(Measure.cents(start, Measure.midiHz(45))).isGreaterThan(300);
    assertThat(Measure.cents(end, Measure.midiHz(45))).isCloseTo(0, within(3.0));
  }

  @Test
  void hatsLiveAboveFiveKilohertz() {
    int rate = 48000;
    for (String name : List.of("closed-hat", "open-hat")) {
      float[] x = Render.mono(name, new NoteEvent(0, 0.3, 42, 1.0), rate, 9);
      double[] d = new double[1 << 13];
      for (int i = 0; i < d.length; i++) {
        d[i] = x[i];
      }
      double[] mag = Measure.blackmanHarrisSpectrum(d, 0, d.length);
      double high = 0;
      double all = 0;
      for (int k = 1; k < mag.length; k++) {
        double p = mag[k] * mag[k];
        all += p;
        if (k * (double) rate / d.length >= 5000) {
          high += p;
        }
      }
      assertThat(high / all).as(name).isGreaterThan(0.9);
    }
  }

  @Test
  void openHatRingsLongerThanClosedHat() {
    int rate = 44100;
    float[] closed = Render.mono("closed-hat", new NoteEvent(0, 0.5, 42, 1.0), rate, 1);
    float[] open = Render.mono("open-hat", new NoteEvent(0, 0.5, 46, 1.0), rate, 1);
    int from = (int) (0.15 * rate);
    int to = (int) (0.2 * rate);
    assertThat(rms(open, from, to)).isGreaterThan(10 * rms(closed, from, to));
  }

  @Test
  void padSwellsSlowlyAndPluckSpeaksAtOnce() {
    int rate = 44100;
    float[] pad = Render.mono("pad", new NoteEvent(0, 2, 60, 1.0), rate, 1);
    float[] pluck = Render.mono("pluck", new NoteEvent(0, 2, 60, 1.0), rate, 1);
    int tenMs = rate / 100;
    assertThat(rms(pad, 0, tenMs)).isLessThan(0.1 * rms(pad, rate / 2, rate / 2 + tenMs));
    assertThat(rms(pluck, 0, tenMs)).isGreaterThan(rms(pluck, rate / 2, rate / 2 + tenMs));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kick", "snare", "sub-bass", "pad", "piano", "pluck", "supersaw"})
  void velocityFollowsASquareLaw(String name) {
    int rate = 44100;
    float[] loud = Render.mono(name, new NoteEvent(0, 0.5, 60, 1.0), rate, 4);
    float[] soft = Render.mono(name, new NoteEvent(0, 0.5, 60, 0.5), rate, 4);
    double db = 20 * Math.log10(rms(soft, 0, soft.length) / rms(loud, 0, loud.length));
    // 40·log10(0.5) = -12 dB; brightness changes with velocity move it by a few dB.
    assertThat(db).isBetween(-16.0, -9.0);
  }

  @Test
  void riserSweepsUpAndDownlifterSweepsDown() {
    int rate = 44100;
    NoteEvent note = new NoteEvent(0, 4, 60, 1.0);
    float[] up = Render.mono("riser", note, rate, 2);
    float[] down = Render.mono("downlifter", note, rate, 2);
    assertThat(centroid(up, (int) (3.2 * rate), rate))
        .isGreaterThan(4 * centroid(up, (int) (0.4 * rate), rate));
    assertThat(centroid(down, (int) (0.4 * rate), rate))
        .isGreaterThan(4 * centroid(down, (int) (3.2 * rate), rate));
  }

  private static double centroid(float[] x, int from, int rate) {
    int n = 1 << 13;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = x[from + i];
    }
    double[] mag = Measure.blackmanHarrisSpectrum(d, 0, n);
    double p = 0;
    double m = 0;
    for (int k = 1; k < mag.length; k++) {
      p += mag[k] * mag[k];
      m += mag[k] * mag[k] * k * (double) rate / n;
    }
    return m / p;
  }

  static double rms(float[] x, int from, int to) {
    double e = 0;
    for (int i = from; i < to; i++) {
      e += (double) x[i] * x[i];
    }
    return Math.sqrt(e / (to - from));
  }
}
