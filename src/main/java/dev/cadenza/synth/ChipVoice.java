package dev.cadenza.synth;

import dev.cadenza.dsp.Adsr;

/**
 * A sound chip's tone channels (after the NES's 2A03): pulse waves of a fixed duty cycle and a
 * 4-bit volume, so the level moves in 16 steps as the chip's envelope does, and the triangle, whose
 * 4-bit staircase has no volume control at all: it is on at full level or off, which is why chip
 * music gives it the bass.
 *
 * @param wave the cycle
 * @param envelope the level over the note, quantised to 16 steps when {@code volumeSteps}
 * @param volumeSteps whether the level takes the chip's 16 values (pulse) or stays full (triangle)
 * @param level the output level at full volume
 */
record ChipVoice(StepWave wave, Adsr envelope, boolean volumeSteps, double level) {
  /** Lead: a 25 % pulse, the hollow reedy one, decaying a little while held. */
  static final ChipVoice PULSE =
      new ChipVoice(StepWave.pulse(2, 8), new Adsr(0.002, 0.25, 0.7, 0.06), true, 0.32);

  /** Arpeggios and chords: the thin 12.5 % pulse, which sits under a lead. */
  static final ChipVoice THIN_PULSE =
      new ChipVoice(StepWave.pulse(1, 8), new Adsr(0.002, 0.12, 0.55, 0.04), true, 0.34);

  /** Bass: the triangle, full level while the note lasts. */
  static final ChipVoice TRIANGLE =
      new ChipVoice(StepWave.nesTriangle(), new Adsr(0.001, 0, 1, 0.01), false, 0.7);

  /** The instrument that plays this channel. */
  Instrument instrument() {
    return new Channel(this);
  }

  private static final class Channel extends NoteInstrument {
    private final ChipVoice voice;

    Channel(ChipVoice voice) {
      this.voice = voice;
    }

    @Override
    protected double lengthSeconds(NoteEvent note) {
      return note.durationSeconds() + voice.envelope.releaseSeconds();
    }

    @Override
    protected void renderNote(NoteEvent note, NoteBuffer b) {
      voice.envelope.render(b.envelope, b.frames, b.gateFrames, b.sampleRate);
      double volume = voice.volumeSteps ? velocityGain(note.velocity()) : 1;
      for (int i = 0; i < b.frames; i++) {
        double v = volume * b.envelope[i];
        // The chip's volume register holds 0..15; the triangle's "volume" is only on or off.
        double steps = voice.volumeSteps ? StrictMath.ceil(15 * v) / 15 : v;
        b.left[i] = (float) (voice.level * steps);
      }
      float[] gain = b.envelope;
      System.arraycopy(b.left, 0, gain, 0, b.frames);
      java.util.Arrays.fill(b.left, 0, b.frames, 0f);
      voice.wave.add(b.left, b.frames, hz(note), b.sampleRate, gain);
    }
  }
}
