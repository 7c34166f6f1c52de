package dev.cadenza.synth;

import dev.cadenza.dsp.OnePoleFilter;
import dev.cadenza.dsp.Saturation;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Kick drum: a sine whose frequency falls exponentially from a knock to a low body, a short
 * filtered-noise click on top, gently saturated. Pitch is ignored.
 */
final class Kick extends NoteInstrument {
  static final double START_HZ = 230;
  static final double END_HZ = 48;
  static final double PITCH_TIME = 0.035;
  private static final double DECAY = 0.22;
  private static final double LENGTH = 0.6;

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.2;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return LENGTH;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double accent = note.param(NoteEvent.ACCENT, 0);
    double gain = 0.62 * velocityGain(note.velocity()) * (1 + 0.15 * accent);
    double pitchFactor = StrictMath.exp(-1 / (PITCH_TIME * sr));
    double ampFactor = StrictMath.exp(-1 / (DECAY * sr));
    double clickFactor = StrictMath.exp(-1 / (0.004 * sr));
    WhiteNoise noise = new WhiteNoise(b.seed);
    OnePoleFilter clickTone = new OnePoleFilter(3500, sr);
    double sweep = START_HZ - END_HZ;
    double amp = 1;
    double click = 0.35 + 0.2 * note.velocity();
    double phase = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double body = Sine.unitCycles(phase);
      double hit = clickTone.lowpass(noise.next()) * click;
      out[i] = (float) (gain * Saturation.soft(1.4 * (body * amp + hit)));
      phase += (END_HZ + sweep) / sr;
      if (phase >= 1) {
        phase -= Math.floor(phase);
      }
      sweep *= pitchFactor;
      amp *= ampFactor;
      click *= clickFactor;
    }
  }
}
