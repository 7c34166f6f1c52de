package dev.cadenza.synth;

import dev.cadenza.dsp.Saturation;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Impact: a deep boom whose pitch falls, plus a stereo noise burst whose low-pass closes, for the
 * downbeat after a build. Pitch is ignored.
 */
final class Impact extends NoteInstrument {
  @Override
  public boolean stereo() {
    return true;
  }

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.5;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return 3.0;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = 0.65 * velocityGain(note.velocity());
    WhiteNoise nl = new WhiteNoise(b.seed);
    WhiteNoise nr = new WhiteNoise(Seeds.sub(b.seed, 1));
    StateVariableFilter fl = new StateVariableFilter();
    StateVariableFilter fr = new StateVariableFilter();
    double boomFactor = StrictMath.exp(-1 / (0.7 * sr));
    double dropFactor = StrictMath.exp(-1 / (0.15 * sr));
    double noiseFactor = StrictMath.exp(-1 / (0.45 * sr));
    double boom = 1;
    double drop = 72;
    double noiseLevel = 0.6;
    double phase = 0;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      double cutoff = 150 + 9000 * StrictMath.exp(-start / (0.35 * sr));
      fl.set(cutoff, 0.8, sr);
      fr.set(cutoff, 0.8, sr);
      for (int i = start; i < end; i++) {
        double body = Saturation.soft(1.5 * boom * Sine.unitCycles(phase)) * 0.8;
        phase += (38 + drop) / sr;
        if (phase >= 1) {
          phase -= Math.floor(phase);
        }
        double l = body + noiseLevel * fl.lowpass(nl.next());
        double r = body + noiseLevel * fr.lowpass(nr.next());
        b.left[i] = (float) (gain * l);
        b.right[i] = (float) (gain * r);
        boom *= boomFactor;
        drop *= dropFactor;
        noiseLevel *= noiseFactor;
      }
    }
  }
}
