package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Pitch;
import dev.cadenza.dsp.Saturation;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;
import dev.cadenza.dsp.WavetableOscillator;

/**
 * Acid bass in the manner of a TB-303: a saw through a resonant low-pass whose cutoff jumps up at
 * each note and decays; accent makes the sweep higher, shorter and louder; a note with {@link
 * NoteEvent#SLIDE_FROM} glides in from that pitch.
 */
final class AcidBass extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.003, 0.25, 0.8, 0.03);
  private static final double Q = 7;

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds() + ENVELOPE.releaseSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double accent = note.param(NoteEvent.ACCENT, 0);
    double brightness = note.param(NoteEvent.BRIGHTNESS, 0.5);
    double gain = 0.55 * velocityGain(note.velocity()) * (1 + 0.3 * accent);
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    Glide glide = new Glide(note, Double.NaN, 0.06);
    WavetableOscillator saw = new WavetableOscillator(Wavetable.saw());
    StateVariableFilter lp = new StateVariableFilter();
    lp.set(1000, Q, sr);
    double base = 120 + 600 * brightness;
    double sweep = (1500 + 2500 * note.velocity()) * (1 + accent);
    double sweepRate = 1 / (0.18 - 0.08 * accent);
    float[] out = b.left;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      double t0 = start / sr;
      double t1 = end / sr;
      double inc0 = Pitch.hz(glide.pitchAt(t0)) / sr;
      double inc1 = Pitch.hz(glide.pitchAt(t1)) / sr;
      saw.setFrequency(Math.max(inc0, inc1) * sr, sr);
      lp.setCutoff(base + sweep * StrictMath.exp(-sweepRate * t0), sr);
      double step = (inc1 - inc0) / (end - start);
      double inc = inc0;
      for (int i = start; i < end; i++) {
        double y = lp.lowpass(saw.next(inc));
        inc += step;
        out[i] = (float) (gain * b.envelope[i] * Saturation.soft(1.2 * y));
      }
    }
  }
}
