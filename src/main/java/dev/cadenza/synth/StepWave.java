package dev.cadenza.synth;

/**
 * A waveform that holds one level per step of its cycle, as a sound chip's sequencer plays it (the
 * NES pulse's 8 steps, its triangle's 32), with each jump between levels band-limited by a
 * polynomial BLEP (Valimaki and Huovilainen 2007): the step's integrated band-limited impulse
 * approximated by two quadratics over the sample before and after the jump. Without it, the jumps
 * of a high note alias into tones that are not in the music.
 */
final class StepWave {
  private final float[] levels;

  /**
   * @param levels one level per step of the cycle, -1..1; their mean is taken off, so a pulse of
   *     any duty cycle carries no offset
   */
  StepWave(float[] levels) {
    double mean = 0;
    for (float l : levels) {
      mean += l;
    }
    mean /= levels.length;
    this.levels = new float[levels.length];
    for (int i = 0; i < levels.length; i++) {
      this.levels[i] = (float) (levels[i] - mean);
    }
  }

  /** The level of step {@code step}. */
  float level(int step) {
    return levels[step];
  }

  /** The steps of a cycle. */
  int steps() {
    return levels.length;
  }

  /**
   * Adds {@code gain[i] * wave} at {@code hz} into {@code out[0 .. frames)} from phase 0; {@code
   * gain} may be null for unity.
   */
  void add(float[] out, int frames, double hz, int sampleRate, float[] gain) {
    int n = levels.length;
    double perSample = hz * n / sampleRate; // steps advanced per sample
    boolean smooth = perSample < 1; // a jump's correction spans one sample each side of it
    double at = 0;
    for (int i = 0; i < frames; i++) {
      int step = (int) at;
      double u = at - step;
      float here = levels[step];
      double y = here;
      if (smooth) {
        if (u < perSample) {
          double x = u / perSample;
          y -= (here - levels[(step + n - 1) % n]) * (1 - x) * (1 - x) / 2;
        } else if (u > 1 - perSample) {
          double x = (u - 1) / perSample;
          y += (levels[(step + 1) % n] - here) * (x + 1) * (x + 1) / 2;
        }
      }
      out[i] += (float) (gain == null ? y : gain[i] * y);
      at += perSample;
      if (at >= n) {
        at -= n * StrictMath.floor(at / n);
      }
    }
  }

  /** A pulse of {@code highSteps} high steps out of {@code steps}: duty cycle high/steps. */
  static StepWave pulse(int highSteps, int steps) {
    float[] l = new float[steps];
    for (int i = 0; i < steps; i++) {
      l[i] = i < highSteps ? 1f : -1f;
    }
    return new StepWave(l);
  }

  /**
   * The NES triangle: 32 steps of a 4-bit counter, 15 down to 0 and back up to 15 (the second half
   * the mirror of the first, so it has no even harmonics).
   */
  static StepWave nesTriangle() {
    float[] l = new float[32];
    for (int i = 0; i < 16; i++) {
      l[i] = (15 - i) / 7.5f - 1f;
      l[16 + i] = i / 7.5f - 1f;
    }
    return new StepWave(l);
  }
}
