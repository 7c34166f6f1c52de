package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Pitch;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;
import dev.cadenza.dsp.WavetableOscillator;

/**
 * Lead: two slightly detuned saws and a square, a low-pass with its own decaying sweep, delayed
 * vibrato, and glides from {@link NoteEvent#SLIDE_FROM}.
 */
final class Lead extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.008, 0.3, 0.85, 0.12);
  private static final double VIBRATO_HZ = 5.5;
  private static final double VIBRATO_CENTS = 15;
  private static final double VIBRATO_DELAY = 0.25;

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
    double gain = 0.5 * velocityGain(note.velocity());
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    Glide glide = new Glide(note, Double.NaN, 0.08);
    WavetableOscillator a = new WavetableOscillator(Wavetable.saw());
    WavetableOscillator c = new WavetableOscillator(Wavetable.saw());
    WavetableOscillator s = new WavetableOscillator(Wavetable.square());
    c.setPhase(0.37);
    double detune = Pitch.ratio(6);
    StateVariableFilter lp = new StateVariableFilter();
    lp.set(2000, 1.2, sr);
    double brightness = note.param(NoteEvent.BRIGHTNESS, 0.5);
    double floor = 1500 + 3000 * brightness;
    double sweep = 4000 * note.velocity();
    double depth = VIBRATO_CENTS * StrictMath.log(2) / 1200;
    int delay = (int) Math.round(VIBRATO_DELAY * sr);
    float[] out = b.left;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      double t0 = start / sr;
      double t1 = end / sr;
      double inc0 = Pitch.hz(glide.pitchAt(t0)) / sr;
      double inc1 = Pitch.hz(glide.pitchAt(t1)) / sr;
      double top = Math.max(inc0, inc1) * sr;
      a.setFrequency(top * detune, sr);
      c.setFrequency(top / detune, sr);
      s.setFrequency(top, sr);
      lp.setCutoff(floor + sweep * StrictMath.exp(-t0 / 0.25), sr);
      double step = (inc1 - inc0) / (end - start);
      double inc = inc0;
      for (int i = start; i < end; i++) {
        int n = i - delay;
        double vib =
            n <= 0
                ? 1
                : 1 + depth * Math.min(1.0, (double) n / delay) * Sine.cycles(VIBRATO_HZ * n / sr);
        double step0 = inc * vib;
        double x =
            0.4 * a.next(step0 * detune) + 0.4 * c.next(step0 / detune) + 0.25 * s.next(step0);
        inc += step;
        out[i] = (float) (gain * b.envelope[i] * lp.lowpass(x));
      }
    }
  }
}
