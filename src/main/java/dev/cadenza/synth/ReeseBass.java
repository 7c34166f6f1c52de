package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Pitch;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;
import dev.cadenza.dsp.WavetableOscillator;

/**
 * Reese bass: two saws detuned against each other so they beat and phase, a sine underneath for
 * weight, through a low-pass whose cutoff drifts slowly.
 */
final class ReeseBass extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.01, 0.4, 0.85, 0.1);
  private static final double DETUNE_CENTS = 14;

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds() + ENVELOPE.releaseSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double f = hz(note);
    double gain = 0.55 * velocityGain(note.velocity());
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    WavetableOscillator up = new WavetableOscillator(Wavetable.saw());
    WavetableOscillator down = new WavetableOscillator(Wavetable.saw());
    up.setFrequency(f * Pitch.ratio(DETUNE_CENTS), sr);
    down.setFrequency(f * Pitch.ratio(-DETUNE_CENTS), sr);
    down.setPhase(0.5);
    StateVariableFilter lp = new StateVariableFilter();
    double base = 500 + 1500 * note.param(NoteEvent.BRIGHTNESS, 0.5);
    double subInc = f / sr;
    double sub = 0;
    float[] out = b.left;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      double t = start / sr;
      double drift = 1 + 0.35 * Sine.cycles(0.23 * t);
      lp.set(base * drift, 0.9, sr);
      int end = Math.min(b.frames, start + Glide.BLOCK);
      for (int i = start; i < end; i++) {
        double saws = 0.5 * (up.next() + down.next());
        double x = lp.lowpass(saws) + 0.5 * Sine.unitCycles(sub);
        sub += subInc;
        if (sub >= 1) {
          sub -= Math.floor(sub);
        }
        out[i] = (float) (gain * b.envelope[i] * x);
      }
    }
  }
}
