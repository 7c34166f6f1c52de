package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Wavetable;

/** Supersaw: seven detuned saws spread across the stereo field, gently low-passed. */
final class Supersaw extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.01, 0.5, 0.8, 0.3);
  private static final double[] DETUNE = {-24, -15, -7, 0, 7, 15, 24};
  private static final double[] PAN = {-1, 0.66, -0.33, 0, 0.33, -0.66, 1};

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
    return note.durationSeconds() + ENVELOPE.releaseSeconds();
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = 0.3 * velocityGain(note.velocity());
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    new SawEnsemble(Wavetable.saw(), hz(note), DETUNE, PAN, new double[0], 0, 0, sr, b.seed)
        .render(b.left, b.right, 0, b.frames);
    double cutoff = 3000 + 9000 * note.param(NoteEvent.BRIGHTNESS, 0.5);
    Voicing.filterAndShape(b, cutoff, 0.7, gain);
  }
}
