package dev.cadenza.synth;

import dev.cadenza.dsp.OnePoleFilter;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Tom: a sine that drops from a little above the note's frequency to it, with a soft noise stick
 * attack. Pitch sets the drum's tuning (MIDI 41..50 give floor to high toms).
 */
final class Tom extends NoteInstrument {
  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.2;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return 0.8;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = 0.75 * velocityGain(note.velocity());
    double f = hz(note);
    double dropFactor = StrictMath.exp(-1 / (0.05 * sr));
    double ampFactor = StrictMath.exp(-1 / ((0.18 + 20.0 / f) * sr));
    double stickFactor = StrictMath.exp(-1 / (0.006 * sr));
    WhiteNoise noise = new WhiteNoise(b.seed);
    OnePoleFilter stickTone = new OnePoleFilter(2500, sr);
    double drop = 0.6;
    double amp = 1;
    double stick = 0.3;
    double phase = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double x = amp * Sine.unitCycles(phase) + stick * stickTone.lowpass(noise.next());
      out[i] = (float) (gain * x);
      phase += f * (1 + drop) / sr;
      if (phase >= 1) {
        phase -= Math.floor(phase);
      }
      drop *= dropFactor;
      amp *= ampFactor;
      stick *= stickFactor;
    }
  }
}
