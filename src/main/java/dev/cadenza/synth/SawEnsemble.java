package dev.cadenza.synth;

import dev.cadenza.dsp.Pitch;
import dev.cadenza.dsp.Sine;
import dev.cadenza.dsp.Wavetable;
import dev.cadenza.dsp.WavetableOscillator;

/**
 * Several band-limited oscillators on one note, each detuned, panned and (optionally) with its own
 * vibrato: the unison core of supersaws, pads, strings, brass and choir. Start phases are free
 * (drawn from the seed), as on an analog polysynth, so unison voices do not start in phase.
 */
final class SawEnsemble {
  private final WavetableOscillator[] oscillators;
  private final double[] leftGain;
  private final double[] rightGain;
  private final double[] increment;
  private final double[] lfoIncrement;
  private final double[] lfoPhase;
  private final double vibratoDepth;
  private final int vibratoDelay;
  private final int vibratoRamp;

  /**
   * @param detuneCents one entry per oscillator
   * @param pans -1 (left) .. 1 (right), one per oscillator; the gains are equal-power
   * @param vibratoHz LFO rate per oscillator (ignored when vibratoCents is 0)
   * @param vibratoCents peak pitch deviation, at most 15 cents plus detune within the headroom
   * @param vibratoDelaySeconds vibrato fades in over this time after the same delay
   */
  SawEnsemble(
      Wavetable wave,
      double hz,
      double[] detuneCents,
      double[] pans,
      double[] vibratoHz,
      double vibratoCents,
      double vibratoDelaySeconds,
      double sampleRate,
      long seed) {
    int n = detuneCents.length;
    oscillators = new WavetableOscillator[n];
    leftGain = new double[n];
    rightGain = new double[n];
    increment = new double[n];
    lfoIncrement = new double[n];
    lfoPhase = new double[n];
    double norm = 1 / StrictMath.sqrt(n);
    for (int i = 0; i < n; i++) {
      oscillators[i] = new WavetableOscillator(wave);
      oscillators[i].setFrequency(hz * Pitch.ratio(detuneCents[i]), sampleRate);
      oscillators[i].setPhase((Seeds.sub(seed, i) >>> 11) * 0x1.0p-53);
      increment[i] = oscillators[i].increment();
      double angle = (pans[i] + 1) * StrictMath.PI / 4;
      leftGain[i] = norm * StrictMath.cos(angle) * StrictMath.sqrt(2);
      rightGain[i] = norm * StrictMath.sin(angle) * StrictMath.sqrt(2);
      lfoIncrement[i] = vibratoHz.length > 0 ? vibratoHz[i % vibratoHz.length] / sampleRate : 0;
      lfoPhase[i] = (Seeds.sub(seed, 100 + i) >>> 11) * 0x1.0p-53;
    }
    // A small pitch deviation in cents is a frequency factor of 1 + cents·ln2/1200 to within
    // 0.1 % of the deviation, which keeps the per-sample cost to one table lookup.
    vibratoDepth = vibratoCents * StrictMath.log(2) / 1200;
    vibratoDelay = (int) Math.round(vibratoDelaySeconds * sampleRate);
    vibratoRamp = Math.max(1, vibratoDelay);
  }

  /** Frames processed per pass over the oscillators: small enough to stay in the L1 cache. */
  private static final int BLOCK = 256;

  /** Vibrato is evaluated every CONTROL frames and interpolated linearly in between. */
  private static final int CONTROL = 32;

  /** Adds {@code frames} samples starting at note frame {@code offset} to the buffers. */
  void render(float[] left, float[] right, int offset, int frames) {
    for (int block = 0; block < frames; block += BLOCK) {
      int length = Math.min(BLOCK, frames - block);
      if (vibratoDepth == 0) {
        steady(left, right, offset + block, length);
      } else {
        for (int k = 0; k < oscillators.length; k++) {
          for (int c = 0; c < length; c += CONTROL) {
            vibrato(k, left, right, offset + block + c, Math.min(CONTROL, length - c));
          }
        }
      }
    }
  }

  /** Without vibrato, oscillators go two at a time so each buffer sample is touched once. */
  private void steady(float[] left, float[] right, int from, int length) {
    int k = 0;
    for (; k + 1 < oscillators.length; k += 2) {
      WavetableOscillator.addPair(
          oscillators[k],
          leftGain[k],
          rightGain[k],
          oscillators[k + 1],
          leftGain[k + 1],
          rightGain[k + 1],
          left,
          right,
          from,
          length);
    }
    if (k < oscillators.length) {
      oscillators[k].addTo(left, right, from, length, leftGain[k], rightGain[k]);
    }
  }

  private void vibrato(int k, float[] left, float[] right, int from, int length) {
    WavetableOscillator osc = oscillators[k];
    double gl = leftGain[k];
    double gr = rightGain[k];
    double inc = increment[k];
    double lfoStart = lfoPhase[k];
    double lfoEnd = lfoStart + lfoIncrement[k] * length;
    if (lfoEnd >= 1) {
      lfoEnd -= 1;
    }
    double stepStart = inc * (1 + vibratoDepth * fade(from) * Sine.unitCycles(lfoStart));
    double stepEnd = inc * (1 + vibratoDepth * fade(from + length) * Sine.unitCycles(lfoEnd));
    osc.addSweep(left, right, from, length, gl, gr, stepStart, stepEnd);
    lfoPhase[k] = lfoEnd;
  }

  private double fade(int frame) {
    int n = frame - vibratoDelay;
    return n <= 0 ? 0 : n >= vibratoRamp ? 1 : (double) n / vibratoRamp;
  }
}
