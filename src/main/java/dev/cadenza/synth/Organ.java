package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Resonator;
import dev.cadenza.dsp.Sine;

/**
 * Tonewheel-style organ: nine sine drawbars at the classic footages (16', 5⅓', 8', 4', 2⅔', 2',
 * 1⅗', 1⅓', 1'), each drawbar step worth 3 dB, a decaying second-harmonic percussion and a gentle
 * stereo tremolo. The default registration leaves the 16' and 5⅓' bars in, so the note's pitch is
 * the 8' fundamental.
 */
final class Organ extends NoteInstrument {
  private static final double[] RATIOS = {0.5, 1.5, 1, 2, 3, 4, 5, 6, 8};
  private static final int[] DEFAULT_DRAWBARS = {0, 0, 8, 7, 5, 5, 0, 0, 3};
  private static final Adsr ENVELOPE = new Adsr(0.006, 0, 1, 0.05);
  private final int[] drawbars;

  Organ() {
    this(DEFAULT_DRAWBARS);
  }

  /** Drawbar positions 0..8, one for each footage from 16' to 1'. */
  Organ(int[] drawbars) {
    if (drawbars.length != RATIOS.length) {
      throw new IllegalArgumentException("an organ needs nine drawbars");
    }
    for (int d : drawbars) {
      if (d < 0 || d > 8) {
        throw new IllegalArgumentException("drawbar positions are 0..8: " + d);
      }
    }
    this.drawbars = drawbars.clone();
  }

  @Override
  public boolean stereo() {
    return true;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds() + ENVELOPE.releaseSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double f = hz(note);
    double[] level = new double[RATIOS.length];
    double sum = 0.5;
    for (int i = 0; i < RATIOS.length; i++) {
      if (drawbars[i] > 0 && RATIOS[i] * f < 0.45 * sr) {
        level[i] = StrictMath.pow(10, -3.0 * (8 - drawbars[i]) / 20);
        sum += level[i];
      }
    }
    double gain = 0.8 * velocityGain(note.velocity()) / sum;
    double[] hzs = new double[RATIOS.length + 1];
    double[] amps = new double[RATIOS.length + 1];
    double[] decays = new double[RATIOS.length + 1];
    int count = 0;
    for (int i = 0; i < RATIOS.length; i++) {
      if (level[i] > 0) {
        hzs[count] = RATIOS[i] * f;
        amps[count] = gain * level[i];
        decays[count++] = Double.POSITIVE_INFINITY;
      }
    }
    if (2 * f < 0.45 * sr) {
      hzs[count] = 2 * f;
      amps[count] = gain * 0.5;
      decays[count++] = 0.25;
    }
    float[] mono = b.left;
    Resonator.addPartials(mono, b.frames, hzs, amps, decays, new double[count], count, sr);
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    double tremolo = 6.3 / sr;
    for (int i = 0; i < b.frames; i++) {
      double x = mono[i] * b.envelope[i];
      double sway = 0.1 * Sine.cycles(tremolo * i);
      b.left[i] = (float) (x * (0.9 + sway));
      b.right[i] = (float) (x * (0.9 - sway));
    }
  }
}
