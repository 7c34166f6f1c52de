package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;
import dev.cadenza.dsp.WavetableOscillator;
import dev.cadenza.dsp.WhiteNoise;
import java.util.List;

/**
 * Solo winds and the singing voice by source and filter: a band-limited source (saw for a reed's or
 * the lips' buzz and for the glottis, sine for a flute's air jet) through a low-pass that opens
 * with loudness (a player blowing harder brightens the tone, the defining trait of brass), then the
 * resonances of the body or vocal tract (formants), plus breath noise. Notes speak as players make
 * them: a scoop from below into the pitch, a breathy chiff at the onset, and vibrato that starts a
 * moment after the note does and grows in.
 */
final class Wind extends NoteInstrument {
  /**
   * How fast a note stops once let go, seconds. A player or singer has one mouth: in a line the
   * next note starts where this one stops. A longer release (0.1 to 0.15 s before) sounded under
   * the next note's onset, two pitches at once, and a pitch tracker read the pair's common
   * fundamental (a major third's: two octaves and a fifth down) in the first frames of a note.
   */
  static final double RELEASE = 0.03;

  /**
   * @param sine the source's share that is a sine (1: a flute's near-pure tone), the rest a saw
   * @param formants the body's or vocal tract's resonances; none for a source heard directly
   * @param direct the level of the low-passed source heard beside the formants
   * @param breath the breath noise's level, band-passed at {@code breathRatio} times the pitch
   * @param breathRatio where the breath noise centres, in multiples of the pitch
   * @param envelope attack, decay, sustain, release
   * @param scoopCents how far under the pitch the note starts (negative: from below)
   * @param vibratoCents vibrato depth once grown in
   * @param vibratoHz vibrato rate
   * @param dark the low-pass corner in multiples of the pitch at rest
   * @param bright how far the corner opens, in multiples of the pitch, at full level and velocity
   * @param level output level
   */
  record Model(
      double sine,
      List<Formant> formants,
      double direct,
      double breath,
      double breathRatio,
      Adsr envelope,
      double scoopCents,
      double vibratoCents,
      double vibratoHz,
      double dark,
      double bright,
      double level) {}

  /**
   * Tenor saxophone: a reed's saw-like spectrum, formants of its conical bore near 500 Hz and 1.6
   * kHz with a weaker one at 2.8 kHz, a breathy, slightly flat attack and a wide vibrato.
   */
  static final Model SAXOPHONE =
      new Model(
          0,
          List.of(
              new Formant(500, 0, 250), new Formant(1600, -5, 500), new Formant(2800, -14, 700)),
          0.5,
          0.08,
          3,
          new Adsr(0.04, 0.3, 0.8, RELEASE),
          -40,
          18,
          5.2,
          3,
          9,
          0.5);

  /** Trumpet: bright brass whose corner follows loudness, a formant near 1.2 kHz, a lip scoop. */
  static final Model TRUMPET =
      new Model(
          0,
          List.of(new Formant(1200, 0, 400), new Formant(2500, -6, 600)),
          0.6,
          0.03,
          4,
          new Adsr(0.03, 0.25, 0.85, RELEASE),
          -30,
          10,
          5.5,
          2,
          14,
          0.45);

  /** Flute: a near-pure tone in a halo of breath that centres on the pitch, and a soft chiff. */
  static final Model FLUTE =
      new Model(
          0.85,
          List.of(),
          1.0,
          0.18,
          1,
          new Adsr(0.06, 0.2, 0.85, RELEASE),
          -15,
          15,
          5.0,
          4,
          4,
          0.5);

  /**
   * A wordless singer on "ooh": the alto /u/ row of the formant table in the Csound manual's
   * appendix (325, 700, 2530, 3500 Hz; 0, -12, -30, -40 dB; 50, 60, 170, 180 Hz).
   */
  static final Model OOH =
      singer(
          List.of(
              new Formant(325, 0, 50),
              new Formant(700, -12, 60),
              new Formant(2530, -30, 170),
              new Formant(3500, -40, 180)),
          6,
          1.4);

  /** The same singer on "aah": the alto /a/ row (800, 1150, 2800, 3500 Hz), as the choir uses. */
  static final Model AAH =
      singer(
          List.of(
              new Formant(800, 0, 80),
              new Formant(1150, -4, 90),
              new Formant(2800, -20, 120),
              new Formant(3500, -36, 130)),
          8,
          1.0);

  /**
   * One wordless singer, whatever the vowel: a pure voiced source through the vowel's formants, a
   * little breath, a scoop up to the note and a slow vibrato; only the vowel, its brightness and
   * its level differ.
   */
  private static Model singer(List<Formant> vowel, double bright, double level) {
    return new Model(
        0, vowel, 0.3, 0.02, 3, new Adsr(0.08, 0.3, 0.85, RELEASE), -50, 25, 5.3, 3, bright, level);
  }

  private static final double SCOOP_SECONDS = 0.04;
  private static final double VIBRATO_DELAY = 0.25;
  private static final double VIBRATO_GROW = 0.3;
  private final Model model;

  Wind(Model model) {
    this.model = model;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds() + model.envelope().releaseSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double f = hz(note);
    double v = note.velocity();
    model.envelope().render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    double[] x = b.work;
    source(x, b, f, sr);
    filter(x, b, f, v, sr);
    double gain = model.level() * velocityGain(v);
    for (int i = 0; i < b.frames; i++) {
      b.left[i] = (float) (gain * b.envelope[i] * x[i]);
    }
  }

  /** The source with its scoop and vibrato, into x. */
  private void source(double[] x, NoteBuffer b, double f, double sr) {
    WavetableOscillator saw = new WavetableOscillator(Wavetable.saw());
    double rate = model.vibratoHz() * (0.95 + 0.1 * unit(b.seed, 1));
    double vibratoPhase = unit(b.seed, 2);
    double sinePhase = 0;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      double t = start / sr;
      double grow = Math.max(0, Math.min(1, (t - VIBRATO_DELAY) / VIBRATO_GROW));
      double cents =
          model.scoopCents() * StrictMath.exp(-t / SCOOP_SECONDS)
              + grow * model.vibratoCents() * Sine.cycles(vibratoPhase + rate * t);
      double hz = Math.min(0.45 * sr, f * StrictMath.pow(2, cents / 1200));
      saw.setFrequency(hz, sr);
      for (int i = start; i < end; i++) {
        x[i] = (1 - model.sine()) * saw.next() + model.sine() * Sine.unitCycles(sinePhase);
        sinePhase += hz / sr;
        if (sinePhase >= 1) {
          sinePhase -= 1;
        }
      }
    }
  }

  /** The loudness-tracking low-pass, the formants and the breath, in place. */
  private void filter(double[] x, NoteBuffer b, double f, double v, double sr) {
    StateVariableFilter tone = new StateVariableFilter();
    tone.set(f * model.dark(), 0.7, sr);
    int n = model.formants().size();
    StateVariableFilter[] formants = new StateVariableFilter[n];
    double[] gains = new double[n];
    for (int k = 0; k < n; k++) {
      Formant m = model.formants().get(k);
      formants[k] = new StateVariableFilter();
      formants[k].set(m.hz(), m.hz() / m.bandwidthHz(), sr);
      gains[k] = m.gain();
    }
    WhiteNoise noise = new WhiteNoise(b.seed);
    StateVariableFilter breath = new StateVariableFilter();
    breath.set(f * model.breathRatio(), 2, sr);
    double chiffFactor = StrictMath.exp(-1 / (0.03 * sr));
    double chiff = 2;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      tone.setCutoff(f * (model.dark() + model.bright() * v * b.envelope[start]), sr);
      for (int i = start; i < end; i++) {
        double s = tone.lowpass(x[i]);
        double y = model.direct() * s;
        for (int k = 0; k < n; k++) {
          y += gains[k] * formants[k].bandpass(s);
        }
        x[i] = y + model.breath() * (1 + chiff) * breath.bandpass(noise.next());
        chiff *= chiffFactor;
      }
    }
  }

  private static double unit(long seed, int index) {
    return (Seeds.sub(seed, index) >>> 11) * 0x1.0p-53;
  }
}
