package dev.cadenza.synth;

import dev.cadenza.dsp.Wavetable;
import dev.cadenza.dsp.WavetableOscillator;

/**
 * Six band-limited square waves at inharmonic ratios: the metallic source of analog hi-hats and
 * cymbals. The base frequencies are those of the Roland TR-808 hi-hat oscillators as published in
 * its service notes (205.3, 304.4, 369.6, 522.7, 540, 800 Hz).
 */
final class Metal {
  private static final double[] FREQUENCIES = {205.3, 304.4, 369.6, 522.7, 540.0, 800.0};
  private final WavetableOscillator[] oscillators = new WavetableOscillator[FREQUENCIES.length];

  Metal(double tune, double sampleRate, long seed) {
    for (int i = 0; i < oscillators.length; i++) {
      oscillators[i] = new WavetableOscillator(Wavetable.square());
      oscillators[i].setFrequency(FREQUENCIES[i] * tune, sampleRate);
      oscillators[i].setPhase((Seeds.sub(seed, i) >>> 11) * 0x1.0p-53);
    }
  }

  /**
   * The next {@code length} samples into {@code out}, as many calls of {@link #next()} would give
   * them, one oscillator at a time over the block.
   */
  void fill(double[] out, int length) {
    java.util.Arrays.fill(out, 0, length, 0.0);
    for (WavetableOscillator o : oscillators) {
      o.addTo(out, length);
    }
    for (int i = 0; i < length; i++) {
      out[i] *= 1.0 / 6;
    }
  }

  /** The next sample, roughly in -1..1. */
  double next() {
    double sum = 0;
    for (WavetableOscillator o : oscillators) {
      sum += o.next();
    }
    return sum * (1.0 / 6);
  }
}
