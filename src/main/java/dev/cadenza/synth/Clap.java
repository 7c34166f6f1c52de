package dev.cadenza.synth;

import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Hand clap: band-passed noise struck as three quick bursts (several hands slightly apart) and a
 * longer decaying fourth one.
 */
final class Clap extends NoteInstrument {
  private static final double LENGTH = 0.5;
  private static final double BURST_GAP = 0.011;

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.1;
  }

  /** The sound depends on a note only through its level: played from takes. */
  @Override
  protected int takes() {
    return 8;
  }

  @Override
  protected double takeLevel(NoteEvent note) {
    return velocityGain(note.velocity()) * (1 + 0.15 * note.param(NoteEvent.ACCENT, 0));
  }

  /** No DC to remove: the voice ends in the 600 Hz high-pass, which passes nothing at 0 Hz. */
  @Override
  protected boolean blocksDc() {
    return false;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return LENGTH;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain =
        1.3 * velocityGain(note.velocity()) * (1 + 0.15 * note.param(NoteEvent.ACCENT, 0));
    WhiteNoise noise = new WhiteNoise(b.seed);
    StateVariableFilter band = new StateVariableFilter();
    band.set(1150, 1.4, sr);
    StateVariableFilter air = new StateVariableFilter();
    air.set(600, 0.7, sr);
    int gap = (int) Math.round(BURST_GAP * sr);
    double burstFactor = StrictMath.exp(-1 / (0.005 * sr));
    double tailFactor = StrictMath.exp(-1 / (0.11 * sr));
    double env = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      if (i < 3 * gap && i % gap == 0) {
        env = 1;
      } else if (i == 3 * gap) {
        env = 0.9;
      }
      double x = air.highpass(band.bandpass(noise.next()));
      out[i] = (float) (gain * env * x);
      env *= i >= 3 * gap ? tailFactor : burstFactor;
    }
  }
}
