package dev.cadenza.synth;

import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Noise sweep: stereo white noise through a resonant band-pass whose centre moves exponentially
 * over the note's duration, upward for a riser and downward for a downlifter, with the level
 * swelling toward the top of the sweep.
 */
final class Riser extends NoteInstrument {
  private static final double LOW_HZ = 200;
  private static final double HIGH_HZ = 9000;
  private final boolean up;

  Riser(boolean up) {
    this.up = up;
  }

  @Override
  public boolean stereo() {
    return true;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = 0.9 * velocityGain(note.velocity());
    WhiteNoise nl = new WhiteNoise(b.seed);
    WhiteNoise nr = new WhiteNoise(Seeds.sub(b.seed, 1));
    StateVariableFilter fl = new StateVariableFilter();
    StateVariableFilter fr = new StateVariableFilter();
    double total = Math.max(1, b.totalFrames);
    double span = StrictMath.log(HIGH_HZ / LOW_HZ);
    int fadeOut = (int) Math.min(total / 4, 0.03 * sr);
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      double x = start / total;
      double position = up ? x : 1 - x;
      double cutoff = LOW_HZ * StrictMath.exp(span * position);
      double q = 1.2 + 2.5 * position;
      fl.set(cutoff, q, sr);
      fr.set(cutoff, q, sr);
      for (int i = start; i < end; i++) {
        double t = i / total;
        double level = up ? 0.05 + 0.95 * t * t : (1 - t) * (1 - t);
        if (i > total - fadeOut) {
          level *= (total - i) / fadeOut;
        }
        b.left[i] = (float) (gain * level * fl.bandpass(nl.next()));
        b.right[i] = (float) (gain * level * fr.bandpass(nr.next()));
      }
    }
  }
}
