package dev.cadenza.synth;

import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/** Snare drum: two drum-head sines with a short pitch drop plus band-limited noise (the wires). */
final class Snare extends NoteInstrument {
  private static final double LENGTH = 0.45;

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.1;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return LENGTH;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain =
        0.7 * velocityGain(note.velocity()) * (1 + 0.15 * note.param(NoteEvent.ACCENT, 0));
    WhiteNoise noise = new WhiteNoise(b.seed);
    StateVariableFilter wiresHigh = new StateVariableFilter();
    wiresHigh.set(1800, 0.7, sr);
    StateVariableFilter wiresLow = new StateVariableFilter();
    wiresLow.set(9000 + 3000 * note.velocity(), 0.7, sr);
    double toneFactor = StrictMath.exp(-1 / (0.07 * sr));
    double noiseFactor = StrictMath.exp(-1 / (0.13 * sr));
    double dropFactor = StrictMath.exp(-1 / (0.012 * sr));
    double tone = 0.55;
    double wires = 0.5;
    double drop = 0.5;
    double p1 = 0;
    double p2 = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double bend = 1 + drop;
      double head = 0.65 * Sine.unitCycles(p1) + 0.35 * Sine.unitCycles(p2);
      p1 += 185 * bend / sr;
      p2 += 330 * bend / sr;
      if (p1 >= 1) {
        p1 -= Math.floor(p1);
      }
      if (p2 >= 1) {
        p2 -= Math.floor(p2);
      }
      double n = wiresLow.lowpass(wiresHigh.highpass(noise.next()));
      out[i] = (float) (gain * (tone * head + wires * n));
      tone *= toneFactor;
      wires *= noiseFactor;
      drop *= dropFactor;
    }
  }
}
