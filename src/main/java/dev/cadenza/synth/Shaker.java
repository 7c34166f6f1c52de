package dev.cadenza.synth;

import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/** Shaker: high band-passed noise with a soft swell and quick fall. */
final class Shaker extends NoteInstrument {
  /** The sound depends on a note only through its level: played from takes. */
  @Override
  protected int takes() {
    return 8;
  }

  @Override
  protected double takeLevel(NoteEvent note) {
    return velocityGain(note.velocity()) * (1 + 0.2 * note.param(NoteEvent.ACCENT, 0));
  }

  /** No DC to remove: the voice ends in the 7 kHz band-pass, which passes nothing at 0 Hz. */
  @Override
  protected boolean blocksDc() {
    return false;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return 0.2;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = 0.9 * velocityGain(note.velocity()) * (1 + 0.2 * note.param(NoteEvent.ACCENT, 0));
    WhiteNoise noise = new WhiteNoise(b.seed);
    StateVariableFilter band = new StateVariableFilter();
    band.set(7000, 1.1, sr);
    int rise = (int) Math.round(0.012 * sr);
    double fall = StrictMath.exp(-1 / (0.04 * sr));
    double env = 1;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double level = i < rise ? (double) i / rise : env;
      if (i >= rise) {
        env *= fall;
      }
      out[i] = (float) (gain * level * band.bandpass(noise.next()));
    }
  }
}
