package dev.cadenza.synth;

import dev.cadenza.dsp.StateVariableFilter;

/** Shared last stage of the subtractive voices: low-pass each channel, apply envelope and gain. */
final class Voicing {
  private Voicing() {}

  static void filterAndShape(NoteBuffer b, double cutoffHz, double q, double gain) {
    StateVariableFilter l = new StateVariableFilter();
    StateVariableFilter r = new StateVariableFilter();
    l.set(cutoffHz, q, b.sampleRate);
    r.set(cutoffHz, q, b.sampleRate);
    float[] left = b.left;
    float[] right = b.right;
    float[] env = b.envelope;
    for (int i = 0; i < b.frames; i++) {
      double e = gain * env[i];
      left[i] = (float) (e * l.lowpass(left[i]));
      right[i] = (float) (e * r.lowpass(right[i]));
    }
  }
}
