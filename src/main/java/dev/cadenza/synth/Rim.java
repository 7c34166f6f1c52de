package dev.cadenza.synth;

import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/** Rim shot / side stick: a very short high tone and noise click. */
final class Rim extends NoteInstrument {
  /** The sound depends on a note only through its level: played from takes. */
  @Override
  protected int takes() {
    return 8;
  }

  @Override
  protected double takeLevel(NoteEvent note) {
    return velocityGain(note.velocity());
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return 0.15;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = 0.8 * velocityGain(note.velocity());
    WhiteNoise noise = new WhiteNoise(b.seed);
    StateVariableFilter band = new StateVariableFilter();
    band.set(3200, 2.0, sr);
    double decay = StrictMath.exp(-1 / (0.012 * sr));
    double env = 1;
    double phase = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double x = 0.6 * Sine.unitCycles(phase) + 0.6 * band.bandpass(noise.next());
      phase += 1700 / sr;
      if (phase >= 1) {
        phase -= Math.floor(phase);
      }
      out[i] = (float) (gain * env * x);
      env *= decay;
    }
  }
}
