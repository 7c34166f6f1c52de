package dev.cadenza.synth;

import dev.cadenza.dsp.OnePoleFilter;
import dev.cadenza.dsp.WhiteNoise;

/**
 * Plucked string by the Karplus-Strong algorithm with the Jaffe-Smith extensions: a delay loop
 * filled with a burst of (velocity-coloured) noise, a two-point average as loop filter (half a
 * sample of delay at every frequency) and a first-order all-pass for the fractional part of the
 * period, so the loop delay is exactly sampleRate / frequency and the pitch is in tune. A loss
 * factor sets the decay time; on note-off the string is damped quickly.
 */
final class Pluck extends NoteInstrument {
  private static final double DAMP_SECONDS = 0.12;

  static double ringSeconds(double hz) {
    return Math.max(0.4, Math.min(4.0, 2.5 * StrictMath.sqrt(220 / hz)));
  }

  @Override
  protected double lengthSeconds(NoteEvent note) {
    return Math.min(note.durationSeconds(), ringSeconds(hz(note))) + DAMP_SECONDS;
  }

  @Override
  protected void renderNote(NoteEvent note, NoteBuffer b) {
    double sr = b.sampleRate;
    double f = hz(note);
    double period = sr / f;
    // Loop delay = integer line D + 0.5 (average) + fraction (all-pass), fraction in [0.1, 1.1)
    // where the all-pass has a flat phase delay at low frequencies.
    int line = (int) Math.floor(period - 0.5 - 0.1);
    double fraction = period - 0.5 - line;
    double apCoefficient = (1 - fraction) / (1 + fraction);
    // Loss per period so the tone falls by 60 dB in the ring time.
    double loss = StrictMath.pow(10, -3 / (f * ringSeconds(f)));
    double damped = StrictMath.pow(10, -3 / (f * DAMP_SECONDS));
    int size = Integer.highestOneBit(line + 2) << 1;
    int mask = size - 1;
    float[] delay = new float[size];
    // Excitation: one period of low-passed noise with its mean removed (no DC into the loop).
    int burst = line;
    double[] excitation = new double[burst];
    WhiteNoise noise = new WhiteNoise(b.seed);
    double brightness = note.param(NoteEvent.BRIGHTNESS, 0.5);
    OnePoleFilter colour = new OnePoleFilter(800 + 9000 * note.velocity() * (0.4 + brightness), sr);
    double mean = 0;
    for (int i = 0; i < burst; i++) {
      excitation[i] = colour.lowpass(noise.next());
      mean += excitation[i];
    }
    mean /= burst;
    double gain = 0.8 * velocityGain(note.velocity());
    double previous = 0;
    double apIn = 0;
    double apOut = 0;
    int write = 0;
    float[] out = b.left;
    for (int i = 0; i < b.frames; i++) {
      double delayed = delay[(write - line) & mask];
      double average = 0.5 * (delayed + previous);
      previous = delayed;
      double ap = apCoefficient * average + apIn - apCoefficient * apOut;
      apIn = average;
      apOut = ap;
      double y = (i < b.gateFrames ? loss : damped) * ap;
      if (i < burst) {
        y += excitation[i] - mean;
      }
      delay[write] = (float) y;
      write = (write + 1) & mask;
      out[i] = (float) (gain * y);
    }
  }
}
