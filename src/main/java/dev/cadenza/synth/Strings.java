package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;
import dev.cadenza.dsp.Chorus;
import dev.cadenza.dsp.Wavetable;

/**
 * String ensemble: five saws, each a player with its own tuning and vibrato rate, spread across the
 * stereo field, low-passed, with a slow bow attack and a chorus.
 */
final class Strings extends NoteInstrument {
  private static final Adsr ENVELOPE = new Adsr(0.28, 0.5, 0.9, 0.55);
  private static final double[] DETUNE = {-11, -4, 0, 5, 12};
  private static final double[] PAN = {-0.8, 0.4, 0, -0.4, 0.8};
  private static final double[] VIBRATO = {5.1, 5.6, 4.8, 5.3, 5.9};

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
    return note.durationSeconds() + ENVELOPE.releaseSeconds() + 0.03;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double v = note.velocity();
    ENVELOPE.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
    new SawEnsemble(Wavetable.saw(), hz(note), DETUNE, PAN, VIBRATO, 9, 0.15, sr, b.seed)
        .render(b.left, b.right, 0, b.frames);
    double cutoff = (2000 + 3000 * v) * (0.6 + 0.8 * note.param(NoteEvent.BRIGHTNESS, 0.5));
    Voicing.filterAndShape(b, cutoff, 0.6, 0.5 * velocityGain(v));
    new Chorus(sr, 11, 3, 0.5, 0.4, (Seeds.sub(b.seed, 60) >>> 11) * 0x1.0p-53)
        .process(b.left, b.right, b.frames);
  }
}
