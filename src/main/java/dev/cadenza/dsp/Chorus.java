package dev.cadenza.dsp;

/**
 * Stereo chorus: each channel is mixed with a copy of itself read from a delay line whose length
 * swings slowly around a base delay; the two channels' sweeps run a quarter cycle apart, which
 * widens a mono source. Fractional delays use linear interpolation.
 */
public final class Chorus {
  private final float[] lineLeft;
  private final float[] lineRight;
  private final int mask;
  private final double baseDelay;
  private final double depth;
  private final double rate;
  private final double wet;
  private final double dry;
  private double lfoPhase;
  private int write;

  /**
   * @param baseMillis centre delay
   * @param depthMillis swing either side of the centre (less than baseMillis)
   * @param rateHz sweep rate
   * @param mix wet share 0..1
   * @param startPhase LFO phase in cycles, to decorrelate several choruses
   */
  public Chorus(
      double sampleRate,
      double baseMillis,
      double depthMillis,
      double rateHz,
      double mix,
      double startPhase) {
    this.baseDelay = baseMillis * 1e-3 * sampleRate;
    this.depth = Math.min(depthMillis, baseMillis * 0.9) * 1e-3 * sampleRate;
    int needed = (int) Math.ceil(baseDelay + depth) + 4;
    int size = Integer.highestOneBit(needed) << 1;
    this.lineLeft = new float[size];
    this.lineRight = new float[size];
    this.mask = size - 1;
    this.rate = rateHz / sampleRate;
    this.wet = mix;
    this.dry = 1 - 0.5 * mix;
    this.lfoPhase = startPhase - Math.floor(startPhase);
  }

  /** The longest delay in frames: the tail a note needs after its dry signal ends. */
  public int tailFrames() {
    return (int) Math.ceil(baseDelay + depth) + 1;
  }

  /** The sweep is evaluated every CONTROL frames and interpolated linearly in between. */
  private static final int CONTROL = 32;

  /** Processes {@code frames} samples of both channels in place. */
  public void process(float[] left, float[] right, int frames) {
    float[] ll = lineLeft;
    float[] lr = lineRight;
    int m = mask;
    int w = write;
    double dryGain = dry;
    double wetGain = wet;
    for (int c = 0; c < frames; c += CONTROL) {
      int end = Math.min(frames, c + CONTROL);
      double nextPhase = lfoPhase + rate * (end - c);
      if (nextPhase >= 1) {
        nextPhase -= 1;
      }
      double dl = delayLeft(lfoPhase);
      double dr = delayRight(lfoPhase);
      double dlStep = (delayLeft(nextPhase) - dl) / (end - c);
      double drStep = (delayRight(nextPhase) - dr) / (end - c);
      for (int i = c; i < end; i++) {
        float inL = left[i];
        float inR = right[i];
        ll[w] = inL;
        lr[w] = inR;
        // Delays are positive, so truncation is floor: each tap lies between whole delays
        // d and d + 1.
        int il = (int) dl;
        double fl = dl - il;
        double nearL = ll[(w - il) & m];
        double wetL = nearL + (ll[(w - il - 1) & m] - nearL) * fl;
        int ir = (int) dr;
        double fr = dr - ir;
        double nearR = lr[(w - ir) & m];
        double wetR = nearR + (lr[(w - ir - 1) & m] - nearR) * fr;
        left[i] = (float) (dryGain * inL + wetGain * wetL);
        right[i] = (float) (dryGain * inR + wetGain * wetR);
        w = (w + 1) & m;
        dl += dlStep;
        dr += drStep;
      }
      lfoPhase = nextPhase;
    }
    write = w;
  }

  private double delayLeft(double phase) {
    return baseDelay + depth * Sine.unitCycles(phase);
  }

  private double delayRight(double phase) {
    double q = phase + 0.25;
    return baseDelay + depth * Sine.unitCycles(q >= 1 ? q - 1 : q);
  }
}
