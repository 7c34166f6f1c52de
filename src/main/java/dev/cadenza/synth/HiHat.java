package dev.cadenza.synth;

import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Hi-hat: metallic squares and a little noise, band-passed high and high-passed, with an
 * exponential decay. The open hat rings until the note ends (so a following closed hat can choke it
 * by ending its duration) or its natural decay.
 */
final class HiHat extends NoteInstrument {
  private final boolean open;

  HiHat(boolean open) {
    this.open = open;
  }

  private double decay() {
    return open ? 0.32 : 0.045;
  }

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return open ? 0.1 : 0.06;
  }

  /** No DC to remove: the voice ends in the 7 kHz high-pass, which passes nothing at 0 Hz. */
  @Override
  protected boolean blocksDc() {
    return false;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return open ? Math.min(1.4, note.durationSeconds() + 0.06) : 0.22;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain =
        0.75 * velocityGain(note.velocity()) * (1 + 0.15 * note.param(NoteEvent.ACCENT, 0));
    Metal metal = new Metal(1.0, sr, b.seed);
    WhiteNoise noise = new WhiteNoise(Seeds.sub(b.seed, 99));
    StateVariableFilter band = new StateVariableFilter();
    band.set(10000, 1.2, sr);
    StateVariableFilter high = new StateVariableFilter();
    high.set(7000, 0.7, sr);
    double decayFactor = StrictMath.exp(-1 / (decay() * sr));
    double chokeFactor = StrictMath.exp(-1 / (0.012 * sr));
    int choke = open ? b.gateFrames : Integer.MAX_VALUE;
    double env = 1;
    float[] out = b.left;
    double[] metallic = b.work;
    metal.fill(metallic, b.frames);
    for (int i = 0; i < b.frames; i++) {
      double x = 0.8 * metallic[i] + 0.35 * noise.next();
      double y = high.highpass(band.bandpass(x));
      out[i] = (float) (gain * env * y);
      env *= i < choke ? decayFactor : chokeFactor;
    }
  }
}
