package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;

/**
 * Brass section: three saws whose low-pass opens with the loudness envelope (brass gets brighter as
 * it gets louder) and a short upward lip bend into the note.
 */
final class Brass extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.07, 0.4, 0.8, 0.15);
  private static final double[] DETUNE = {-5, 0, 5};
  private static final double[] PAN = {-0.5, 0, 0.5};
  private static final double BEND_CENTS = -30;

  @Override
  public boolean stereo() {
    return true;
  }

  @Override
  protected boolean blocksDc() {
    return false;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds() + ENVELOPE.releaseSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double v = note.velocity();
    double f = hz(note);
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    // The lip bend: a copy of the ensemble 30 cents flat, started in phase with the tuned one,
    // crossfades into it over the first 50 ms.
    SawEnsemble flat =
        new SawEnsemble(
            Wavetable.saw(), f, shift(DETUNE, BEND_CENTS), PAN, new double[0], 0, 0, sr, b.seed);
    SawEnsemble tuned =
        new SawEnsemble(Wavetable.saw(), f, DETUNE, PAN, new double[0], 0, 0, sr, b.seed);
    int bend = Math.min(b.frames, (int) Math.round(0.05 * sr));
    float[] bentL = new float[bend];
    float[] bentR = new float[bend];
    flat.render(bentL, bentR, 0, bend);
    tuned.render(b.left, b.right, 0, b.frames);
    for (int i = 0; i < bend; i++) {
      // Crossfade from the flat to the tuned ensemble over the bend time.
      double w = (double) i / bend;
      b.left[i] = (float) ((1 - w) * bentL[i] + w * b.left[i]);
      b.right[i] = (float) ((1 - w) * bentR[i] + w * b.right[i]);
    }
    StateVariableFilter l = new StateVariableFilter();
    StateVariableFilter r = new StateVariableFilter();
    l.set(1000, 0.9, sr);
    r.set(1000, 0.9, sr);
    double gain = 0.5 * velocityGain(v);
    double brightness = 0.5 + note.param(NoteEvent.BRIGHTNESS, 0.5);
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      double cutoff = f * 1.5 + (500 + 5000 * v * brightness) * b.envelope[start];
      l.setCutoff(cutoff, sr);
      r.setCutoff(cutoff, sr);
      for (int i = start; i < end; i++) {
        double e = gain * b.envelope[i];
        b.left[i] = (float) (e * l.lowpass(b.left[i]));
        b.right[i] = (float) (e * r.lowpass(b.right[i]));
      }
    }
  }

  private static double[] shift(double[] cents, double by) {
    double[] out = new double[cents.length];
    for (int i = 0; i < cents.length; i++) {
      out[i] = cents[i] + by;
    }
    return out;
  }
}
