package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.dsp.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plucked strings, the guitar amp and the palm mute. */
class GuitarTest {
  private static final int RATE = 44100;

  @ParameterizedTest(name = "{0} pitch {1}")
  @CsvSource({
    "acoustic-guitar, 40", "acoustic-guitar, 64", "acoustic-guitar, 76", "nylon-guitar, 52",
    "electric-guitar, 55", "crunch-guitar, 45", "distorted-guitar, 40", "lead-guitar, 69",
    "lead-guitar, 81", "upright-bass, 28", "upright-bass, 40", "electric-bass, 33",
    "electric-bass, 45"
  })
  void stringsAreInTune(String name, int pitch) {
    float[] x = Render.mono(name, new NoteEvent(0, 1.0, pitch, 0.8), RATE, pitch);
    int from = (int) (0.05 * RATE);
    int to = from + (int) (0.3 * RATE);
    double cents = Measure.cents(Measure.yinHz(x, from, to, RATE), Measure.midiHz(pitch));
    assertThat(cents).as("%s pitch %d", name, pitch).isBetween(-3.0, 3.0);
  }

  /** The loop gain takes 60 dB per t60: the fundamental falls 60 · Δt / t60 dB. */
  @Test
  void fundamentalFallsAtTheStringsT60() {
    double hz = 110;
    PluckedString.Pluck p = new PluckedString.Pluck(0.3, 0.2, 4.0, 0.1, 2000);
    double[] x = new double[(int) (2.0 * RATE)];
    PluckedString.add(x, 0, x.length, x.length, hz, 1, p, RATE, 7);
    int span = (int) (0.2 * RATE);
    double early = Measure.amplitudeAt(x, (int) (0.1 * RATE), (int) (0.1 * RATE) + span, hz, RATE);
    double late = Measure.amplitudeAt(x, (int) (1.1 * RATE), (int) (1.1 * RATE) + span, hz, RATE);
    double db = 20 * Math.log10(late / early);
    assertThat(db).isBetween(-15.0 - 1, -15.0 + 1);
  }

  /** Plucking at a quarter of the length leaves out every fourth harmonic. */
  @Test
  void pickPositionCombsOutItsHarmonics() {
    double hz = RATE / 400.0;
    PluckedString.Pluck p = new PluckedString.Pluck(0.0, 0.25, 10.0, 10.0, 20000);
    double[] x = new double[(int) (0.5 * RATE)];
    PluckedString.add(x, 0, x.length, x.length, hz, 1, p, RATE, 11);
    int to = (int) (0.4 * RATE);
    double third = Measure.amplitudeAt(x, 0, to, 3 * hz, RATE);
    double fourth = Measure.amplitudeAt(x, 0, to, 4 * hz, RATE);
    double fifth = Measure.amplitudeAt(x, 0, to, 5 * hz, RATE);
    assertThat(fourth).isLessThan(0.2 * Math.min(third, fifth));
  }

  @Test
  void palmMuteShortensTheRing() {
    NoteEvent open = new NoteEvent(0, 1.0, 40, 0.8);
    float[] ringing = Render.mono("distorted-guitar", open, RATE, 3);
    float[] muted = Render.mono("distorted-guitar", open.with(NoteEvent.MUTE, 1), RATE, 3);
    int late = (int) (0.4 * RATE);
    int span = (int) (0.1 * RATE);
    double ringingLate = Bands.energy(ringing, late, late + span);
    double mutedLate = Bands.energy(muted, late, late + span);
    assertThat(mutedLate).isLessThan(0.1 * ringingLate);
  }

  /** A clean amp passes a quiet sine almost undistorted; a high-gain amp squares it off. */
  @Test
  void driveAddsHarmonicsInProportionToGain() {
    double hz = 441;
    double clean = thirdHarmonic(GuitarAmp.CLEAN, hz);
    double high = thirdHarmonic(GuitarAmp.HIGH_GAIN, hz);
    assertThat(clean).isLessThan(0.02);
    assertThat(high).isGreaterThan(0.15);
  }

  /** The cabinet: a speaker's roll-off leaves a 10 kHz tone 20 dB under a 1 kHz one. */
  @Test
  void cabinetRollsOffTheHighs() {
    double low = level(GuitarAmp.CLEAN, 1000);
    double high = level(GuitarAmp.CLEAN, 10000);
    assertThat(20 * Math.log10(high / low)).isLessThan(-20);
  }

  private static double[] sineThrough(GuitarAmp amp, double hz) {
    double[] x = new double[RATE / 2];
    for (int i = 0; i < x.length; i++) {
      x[i] = 0.05 * Math.sin(2 * Math.PI * hz * i / RATE);
    }
    amp.process(x, x.length, RATE);
    return x;
  }

  private static double thirdHarmonic(GuitarAmp amp, double hz) {
    double[] y = sineThrough(amp, hz);
    int from = RATE / 4;
    double first = Measure.amplitudeAt(y, from, y.length, hz, RATE);
    return Measure.amplitudeAt(y, from, y.length, 3 * hz, RATE) / first;
  }

  private static double level(GuitarAmp amp, double hz) {
    return Measure.amplitudeAt(sineThrough(amp, hz), RATE / 4, RATE / 2, hz, RATE);
  }
}
