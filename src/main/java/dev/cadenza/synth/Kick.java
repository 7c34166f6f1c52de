package dev.cadenza.synth;

import dev.cadenza.dsp.OnePoleFilter;
import dev.cadenza.dsp.Saturation;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Electronic kick drum, as analog drum machines make it: a sine whose frequency falls exponentially
 * from a knock to a low body, a short filtered-noise click on top, gently saturated. Pitch is
 * ignored. The tuning sets the machine: {@link #GENERIC} the all-purpose kick; {@link #TR808} a
 * long, low boom with hardly a click (the TR-808's bridged-T resonator rings at about 50 Hz for
 * half a second and more); {@link #TR909} a fast sweep from high up, a hard click and a shorter,
 * driven body.
 */
final class Kick extends NoteInstrument {
  /**
   * @param startHz the sweep's start
   * @param endHz the body's pitch
   * @param pitchTime the sweep's time constant in seconds
   * @param decay the body's time constant in seconds
   * @param click the click's level at velocity 0 (it grows by 0.2 to velocity 1)
   * @param clickHz the click's low-pass corner
   * @param drive gain into the saturator
   * @param length seconds the drum sounds
   */
  record Tuning(
      double startHz,
      double endHz,
      double pitchTime,
      double decay,
      double click,
      double clickHz,
      double drive,
      double length) {}

  static final Tuning GENERIC = new Tuning(230, 48, 0.035, 0.22, 0.35, 3500, 1.4, 0.6);
  static final Tuning TR808 = new Tuning(140, 49, 0.04, 0.5, 0.3, 2500, 1.3, 1.2);
  static final Tuning TR909 = new Tuning(330, 52, 0.022, 0.26, 0.5, 6000, 2.0, 0.6);

  private final Tuning t;

  Kick(Tuning tuning) {
    this.t = tuning;
  }

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return Math.min(0.4, t.length() / 3);
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return t.length();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double accent = note.param(NoteEvent.ACCENT, 0);
    double gain = 0.62 * velocityGain(note.velocity()) * (1 + 0.15 * accent);
    double pitchFactor = StrictMath.exp(-1 / (t.pitchTime() * sr));
    double ampFactor = StrictMath.exp(-1 / (t.decay() * sr));
    double clickFactor = StrictMath.exp(-1 / (0.004 * sr));
    WhiteNoise noise = new WhiteNoise(b.seed);
    OnePoleFilter clickTone = new OnePoleFilter(t.clickHz(), sr);
    double sweep = t.startHz() - t.endHz();
    double amp = 1;
    double hard = t.click() + 0.2 * note.velocity();
    double phase = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double body = Sine.unitCycles(phase);
      double hit = clickTone.lowpass(noise.next()) * hard;
      out[i] = (float) (gain * Saturation.soft(t.drive() * (body * amp + hit)));
      phase += (t.endHz() + sweep) / sr;
      if (phase >= 1) {
        phase -= Math.floor(phase);
      }
      sweep *= pitchFactor;
      amp *= ampFactor;
      hard *= clickFactor;
    }
  }
}
