package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Pitch;
import dev.cadenza.dsp.Saturation;
import dev.cadenza.dsp.Sine;

/**
 * 808 bass: a long-decaying sine with a quick downward pitch flick at the start (or a glide from
 * {@link NoteEvent#SLIDE_FROM}), driven into soft saturation for upper harmonics.
 */
final class Bass808 extends NoteInstrument {
  private static final double RELEASE = 0.06;
  private static final double MAX_RING = 4.0;
  private static final double DRIVE = 1.8;

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return Math.min(note.durationSeconds(), MAX_RING) + RELEASE;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = 0.8 * velocityGain(note.velocity()) / Saturation.soft(DRIVE);
    new Adsr(0.002, 3.0, 0.0, RELEASE).render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    boolean slides = note.params().containsKey(NoteEvent.SLIDE_FROM);
    Glide glide =
        slides
            ? new Glide(note, Double.NaN, 0.12)
            : new Glide(note.with(NoteEvent.SLIDE_FROM, note.pitch() + 7), 0, 0.03);
    double phase = 0;
    float[] out = b.left;
    for (int start = 0; start < b.frames; start += Glide.BLOCK) {
      int end = Math.min(b.frames, start + Glide.BLOCK);
      double inc0 = Pitch.hz(glide.pitchAt(start / sr)) / sr;
      double inc1 = Pitch.hz(glide.pitchAt(end / sr)) / sr;
      double step = (inc1 - inc0) / (end - start);
      double inc = inc0;
      for (int i = start; i < end; i++) {
        double x = Saturation.soft(DRIVE * b.envelope[i] * Sine.unitCycles(phase));
        out[i] = (float) (gain * x);
        phase += inc;
        inc += step;
        if (phase >= 1) {
          phase -= Math.floor(phase);
        }
      }
    }
  }
}
