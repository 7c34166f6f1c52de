package dev.cadenza.synth;

import dev.cadenza.dsp.Saturation;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * A bass drum struck by a beater: the batter head's fundamental with a short downward pitch bend
 * (the head is tighter while pushed in), two higher head modes at the ratios of a circular
 * membrane's (1,1) and (2,1) modes to its (0,1) mode (1.59 and 2.14) that die within tens of
 * milliseconds, the beater's contact as a chirp that falls from about 1.2 kHz to 300 Hz in a few
 * milliseconds (the head's stiffness under the beater), and the beater's slap as noise band-passed
 * around a few kHz. Where machine kicks put nearly all their energy under 100 Hz, here the knock
 * and the slap carry a good part of it above 250 Hz, which is what lets a rock or jazz kick cut
 * through guitars. Pitch is ignored.
 */
final class AcousticKick extends NoteInstrument {
  /**
   * @param headHz the fundamental once the bend has settled
   * @param decay the fundamental's time constant in seconds
   * @param knock the higher modes' level
   * @param slap the beater's level
   * @param slapHz the beater's band centre
   * @param drive gain into a soft clipper (a sampled break's kick is squashed)
   */
  record Tuning(
      double headHz, double decay, double knock, double slap, double slapHz, double drive) {}

  static final Tuning ROCK = new Tuning(62, 0.1, 0.45, 2.5, 3500, 1.3);
  static final Tuning BREAK = new Tuning(70, 0.09, 0.5, 1.8, 2200, 2.2);

  private static final double[] MODES = {1.59, 2.14};
  private static final double LENGTH = 0.5;
  private final Tuning t;

  AcousticKick(Tuning tuning) {
    this.t = tuning;
  }

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.15;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return LENGTH;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double v = note.velocity();
    double gain = 0.6 * velocityGain(v) * (1 + 0.15 * note.param(NoteEvent.ACCENT, 0));
    double bendFactor = StrictMath.exp(-1 / (0.012 * sr));
    double ampFactor = StrictMath.exp(-1 / (t.decay() * sr));
    double knockFactor = StrictMath.exp(-1 / (0.03 * sr));
    double slapFactor = StrictMath.exp(-1 / (0.01 * sr));
    double chirpFactor = StrictMath.exp(-1 / (0.003 * sr));
    double contactFactor = StrictMath.exp(-1 / (0.02 * sr));
    WhiteNoise noise = new WhiteNoise(b.seed);
    StateVariableFilter beater = new StateVariableFilter();
    beater.set(t.slapHz(), 1.2, sr);
    double bend = 0.6;
    double amp = 1;
    double knock = t.knock();
    double slap = t.slap() * (0.5 + 0.5 * v);
    double p0 = 0;
    double p1 = 0;
    double p2 = 0;
    double pc = 0;
    double chirp = 900;
    double contact = 1.5 * (0.5 + 0.5 * v);
    double limit = 0.45 * sr;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double f = t.headHz() * (1 + bend);
      double head = amp * Sine.unitCycles(p0);
      double modes = knock * (Sine.unitCycles(p1) + 0.6 * Sine.unitCycles(p2));
      double x =
          head + modes + contact * Sine.unitCycles(pc) + slap * beater.bandpass(noise.next());
      out[i] = (float) (gain * Saturation.soft(t.drive() * x) / t.drive() * 1.2);
      p0 = wrap(p0 + f / sr);
      p1 = wrap(p1 + Math.min(limit, MODES[0] * f) / sr);
      p2 = wrap(p2 + Math.min(limit, MODES[1] * f) / sr);
      pc = wrap(pc + Math.min(limit, 300 + chirp) / sr);
      chirp *= chirpFactor;
      contact *= contactFactor;
      bend *= bendFactor;
      amp *= ampFactor;
      knock *= knockFactor;
      slap *= slapFactor;
    }
  }

  private static double wrap(double phase) {
    return phase >= 1 ? phase - Math.floor(phase) : phase;
  }
}
