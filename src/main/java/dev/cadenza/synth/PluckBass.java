package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;
import dev.cadenza.dsp.WavetableOscillator;

/** Plucked bass: saw and square through a low-pass that snaps open and closes quickly. */
final class PluckBass extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.002, 0.4, 0.35, 0.05);

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds() + ENVELOPE.releaseSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double f = hz(note);
    double gain = 0.6 * velocityGain(note.velocity());
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    WavetableOscillator saw = new WavetableOscillator(Wavetable.saw());
    WavetableOscillator square = new WavetableOscillator(Wavetable.square());
    saw.setFrequency(f, sr);
    square.setFrequency(f, sr);
    StateVariableFilter lp = new StateVariableFilter();
    lp.set(1000, 1.4, sr);
    double floor = f * 1.5;
    double snap = (1500 + 3500 * note.velocity()) * (0.5 + note.param(NoteEvent.BRIGHTNESS, 0.5));
    double rate = 1 / 0.09;
    float[] out = b.left;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      lp.setCutoff(floor + snap * StrictMath.exp(-rate * start / sr), sr);
      for (int i = start; i < end; i++) {
        double x = lp.lowpass(0.6 * saw.next() + 0.4 * square.next());
        out[i] = (float) (gain * b.envelope[i] * x);
      }
    }
  }
}
