package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Sine;

/** Sub bass: a sine with a touch of second harmonic so it still speaks on small speakers. */
final class SubBass extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.006, 0.3, 0.9, 0.08);

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return note.durationSeconds() + ENVELOPE.releaseSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double gain = 0.8 * velocityGain(note.velocity());
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    double inc = hz(note) / b.sampleRate;
    double phase = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double x = 0.9 * Sine.unitCycles(phase) + 0.1 * Sine.cycles(2 * phase);
      out[i] = (float) (gain * b.envelope[i] * x);
      phase += inc;
      if (phase >= 1) {
        phase -= Math.floor(phase);
      }
    }
  }
}
