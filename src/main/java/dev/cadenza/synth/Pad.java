package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Chorus;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.Wavetable;
import java.util.List;

/**
 * Pad: four detuned saws with slow attack and release, a low-pass that breathes slowly, and a
 * stereo chorus on each note.
 */
final class Pad extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.45, 1.0, 0.8, 0.9);
  private static final double[] DETUNE = {-12, -5, 6, 13};
  private static final double[] PAN = {-0.7, 0.3, -0.3, 0.7};
  private static final double CHORUS_TAIL = 0.03;

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
    return note.durationSeconds() + ENVELOPE.releaseSeconds() + CHORUS_TAIL;
  }

  /** Envelope, filter and chorus are linear and shared by a chord: they run once for it. */
  @Override
  protected boolean playsChords() {
    return true;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    renderChord(List.of(note), b);
  }

  @Override
  protected void renderChord(List<NoteEvent> chord, NoteBuffer b) {
    double sr = b.sampleRate;
    NoteEvent note = chord.get(0);
    double gain = 0.35 * velocityGain(note.velocity());
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    for (NoteEvent n : chord) {
      long seed = Seeds.sub(b.seed, 1000 + n.pitch());
      new SawEnsemble(Wavetable.saw(), hz(n), DETUNE, PAN, new double[0], 0, 0, sr, seed)
          .render(b.left, b.right, 0, b.frames);
    }
    StateVariableFilter l = new StateVariableFilter();
    StateVariableFilter r = new StateVariableFilter();
    double base = 900 + 2500 * note.param(NoteEvent.BRIGHTNESS, 0.5);
    double lfoStart = (Seeds.sub(b.seed, 50) >>> 11) * 0x1.0p-53;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      double cutoff = base * (1 + 0.3 * Sine.cycles(lfoStart + 0.15 * start / sr));
      l.set(cutoff, 0.8, sr);
      r.set(cutoff, 0.8, sr);
      for (int i = start; i < end; i++) {
        double e = gain * b.envelope[i];
        b.left[i] = (float) (e * l.lowpass(b.left[i]));
        b.right[i] = (float) (e * r.lowpass(b.right[i]));
      }
    }
    new Chorus(sr, 14, 4, 0.35, 0.5, lfoStart).process(b.left, b.right, b.frames);
  }
}
