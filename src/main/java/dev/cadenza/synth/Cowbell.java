package dev.cadenza.synth;

import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;
import dev.cadenza.dsp.WavetableOscillator;

/**
 * Cowbell: two band-limited squares a little under a fifth apart (540 and 800 Hz, the TR-808
 * values) through a band-pass, with a fast then slow decay.
 */
final class Cowbell extends NoteInstrument {
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
    return velocityGain(note.velocity());
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return 0.7;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = 0.7 * velocityGain(note.velocity());
    WavetableOscillator a = new WavetableOscillator(Wavetable.square());
    WavetableOscillator c = new WavetableOscillator(Wavetable.square());
    a.setFrequency(540, sr);
    c.setFrequency(800, sr);
    StateVariableFilter band = new StateVariableFilter();
    band.set(2400, 1.2, sr);
    double fast = StrictMath.exp(-1 / (0.02 * sr));
    double slow = StrictMath.exp(-1 / (0.16 * sr));
    double e1 = 0.6;
    double e2 = 0.4;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double x = band.bandpass(0.5 * (a.next() + c.next()));
      out[i] = (float) (gain * (e1 + e2) * x);
      e1 *= fast;
      e2 *= slow;
    }
  }
}
