package dev.cadenza.synth;

import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.StateVariableFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * A snare played with wire brushes: no stick crack but a swish, the brush's wires dragging and
 * spreading over the coated head. Noise band-passed in the middle of the wires' range that swells
 * over the first 15 ms and fades over a quarter second, over a faint, short head tone. Jazz, bossa
 * nova and folk drummers comp with it. Pitch is ignored.
 */
final class BrushSnare extends NoteInstrument {
  private static final double LENGTH = 0.4;

  @Override
  protected double fadeOutSeconds(NoteEvent note) {
    return 0.12;
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return LENGTH;
  }

  /** No DC to remove: the swish is band-passed and the head tone is a sine. */
  @Override
  protected boolean blocksDc() {
    return false;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double v = note.velocity();
    double gain = 0.8 * velocityGain(v) * (1 + 0.15 * note.param(NoteEvent.ACCENT, 0));
    WhiteNoise noise = new WhiteNoise(b.seed);
    StateVariableFilter band = new StateVariableFilter();
    band.set(3500 + 1500 * v, 0.8, sr);
    double swellFactor = StrictMath.exp(-1 / (0.005 * sr));
    double fadeFactor = StrictMath.exp(-1 / (0.08 * sr));
    double toneFactor = StrictMath.exp(-1 / (0.03 * sr));
    double swell = 1;
    double fade = 1;
    double tone = 0.15 * v;
    double phase = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double swish = (1 - swell) * fade * band.bandpass(noise.next());
      out[i] = (float) (gain * (1.6 * swish + tone * Sine.unitCycles(phase)));
      phase += 200 / sr;
      if (phase >= 1) {
        phase -= Math.floor(phase);
      }
      swell *= swellFactor;
      fade *= fadeFactor;
      tone *= toneFactor;
    }
  }
}
