package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Chorus;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;

/**
 * "Aah" choir: three singers per note (saws with their own tuning and vibrato) through four
 * parallel band-passes at the formants of the vowel /a/, then a chorus for width. Formant centre
 * frequencies, levels and bandwidths are the alto /a/ row of the formant table in the Csound
 * manual's appendix (800, 1150, 2800, 3500, 4950 Hz; 0, -4, -20, -36, -60 dB; 80, 90, 120, 130, 140
 * Hz).
 */
final class Choir extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.25, 0.4, 0.9, 0.5);
  private static final double[] FORMANT_HZ = {800, 1150, 2800, 3500};
  private static final double[] FORMANT_DB = {0, -4, -20, -36};
  private static final double[] FORMANT_BANDWIDTH = {80, 90, 120, 130};
  private static final double[] DETUNE = {-9, 0, 8};
  private static final double[] PAN = {0, 0, 0};
  private static final double[] VIBRATO = {5.0, 5.4, 4.7};

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
    return note.durationSeconds() + ENVELOPE.releaseSeconds() + 0.03;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double v = note.velocity();
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    new SawEnsemble(Wavetable.saw(), hz(note), DETUNE, PAN, VIBRATO, 14, 0.2, sr, b.seed)
        .render(b.left, b.right, 0, b.frames);
    int n = FORMANT_HZ.length;
    StateVariableFilter[] formants = new StateVariableFilter[n];
    double[] level = new double[n];
    for (int k = 0; k < n; k++) {
      formants[k] = new StateVariableFilter();
      formants[k].set(FORMANT_HZ[k], FORMANT_HZ[k] / FORMANT_BANDWIDTH[k], sr);
      level[k] = StrictMath.pow(10, FORMANT_DB[k] / 20);
    }
    // The formants alone would leave out the fundamental that a voice carries below F1.
    StateVariableFilter chest = new StateVariableFilter();
    chest.set(Math.max(250, 1.3 * hz(note)), 0.7, sr);
    double gain = 0.9 * velocityGain(v);
    StateVariableFilter f0 = formants[0];
    StateVariableFilter f1 = formants[1];
    StateVariableFilter f2 = formants[2];
    StateVariableFilter f3 = formants[3];
    double l0 = level[0];
    double l1 = level[1];
    double l2 = level[2];
    double l3 = level[3];
    float[] src = b.left;
    for (int i = 0; i < b.frames; i++) {
      double x = src[i];
      double y =
          0.35 * chest.lowpass(x)
              + (l0 * f0.bandpass(x) + l1 * f1.bandpass(x))
              + (l2 * f2.bandpass(x) + l3 * f3.bandpass(x));
      double out = gain * b.envelope[i] * y;
      b.left[i] = (float) out;
      b.right[i] = (float) out;
    }
    new Chorus(sr, 12, 4, 0.4, 0.6, (Seeds.sub(b.seed, 70) >>> 11) * 0x1.0p-53)
        .process(b.left, b.right, b.frames);
  }
}
