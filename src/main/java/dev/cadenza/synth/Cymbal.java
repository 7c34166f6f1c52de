package dev.cadenza.synth;

import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Crash and ride cymbals: the metallic square cluster tuned up, noise, high-passed, with a long
 * decay. The ride adds a bell (inharmonic sines) and less noise; the crash is noisier and swells.
 */
final class Cymbal extends NoteInstrument {
  private final boolean ride;

  Cymbal(boolean ride) {
    this.ride = ride;
  }

  /**
   * The crash's envelope falls 1/e a second (8.7 dB/s): it rings 3.9 s, to about 34 dB under its
   * hit, and fades over the last half second, where the room carries it on. Cut shorter (it was 3.2
   * s, faded from 2.2 s at -19 dB), the last crash of a track stopped before the final bar's end
   * and left no tail; rung longer, a plain sum of the stems runs a bar or more past the music,
   * where a beat tracker reads bars that are not there.
   */
  static final double CRASH_SECONDS = 4.4;

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.5;
  }

  /** The sound depends on a note only through its velocity: played from takes. */
  @Override
  protected int takes() {
    return 8;
  }

  @Override
  protected double takeLevel(NoteEvent note) {
    return velocityGain(note.velocity());
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return ride ? 1.6 : CRASH_SECONDS;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double gain = (ride ? 0.55 : 0.6) * velocityGain(note.velocity());
    Metal low = new Metal(ride ? 1.9 : 1.45, sr, b.seed);
    // The crash thickens its cluster with a second, higher one; the ride, played in long runs of
    // overlapping notes, keeps to one.
    Metal high = ride ? null : new Metal(2.3, sr, Seeds.sub(b.seed, 7));
    WhiteNoise noise = new WhiteNoise(Seeds.sub(b.seed, 99));
    StateVariableFilter hp = new StateVariableFilter();
    hp.set(ride ? 3500 : 4200, 0.7, sr);
    StateVariableFilter band = new StateVariableFilter();
    band.set(ride ? 6500 : 8000, 0.6, sr);
    double decay = ride ? 0.55 : 1.0;
    double decayFactor = StrictMath.exp(-1 / (decay * sr));
    double bellFactor = StrictMath.exp(-1 / (0.35 * sr));
    double noiseShare = ride ? 0.25 : 0.6;
    double env = 1;
    double bell = ride ? 0.5 : 0;
    double bp1 = 0;
    double bp2 = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double metal = high == null ? low.next() : 0.5 * (low.next() + high.next());
      double x = metal + noiseShare * noise.next();
      double y = band.bandpass(hp.highpass(x)) * 1.4;
      double bellTone = bell * (Sine.unitCycles(bp1) + 0.6 * Sine.unitCycles(bp2));
      bp1 += 2640 / sr;
      bp2 += 3710 / sr;
      if (bp1 >= 1) {
        bp1 -= Math.floor(bp1);
      }
      if (bp2 >= 1) {
        bp2 -= Math.floor(bp2);
      }
      out[i] = (float) (gain * (env * y + 0.25 * bellTone));
      env *= decayFactor;
      bell *= bellFactor;
    }
  }
}
