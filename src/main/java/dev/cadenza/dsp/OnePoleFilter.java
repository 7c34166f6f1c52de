package dev.cadenza.dsp;

/**
 * First-order low/high-pass in trapezoidal form: the bilinear transform of 1/(1 + s) with the
 * cutoff prewarped, so the response is exactly -3 dB at the cutoff at any sample rate. As a
 * high-pass at a few Hz it removes DC.
 */
public final class OnePoleFilter {
  private double gain;
  private double state;
  private double low;

  public OnePoleFilter(double cutoffHz, double sampleRate) {
    setCutoff(cutoffHz, sampleRate);
  }

  public void setCutoff(double cutoffHz, double sampleRate) {
    double fc = Math.max(0.1, Math.min(cutoffHz, 0.49 * sampleRate));
    double g = StrictMath.tan(StrictMath.PI * fc / sampleRate);
    gain = g / (1 + g);
  }

  public double lowpass(double x) {
    double v = (x - state) * gain;
    low = v + state;
    state = low + v;
    return low;
  }

  public double highpass(double x) {
    return x - lowpass(x);
  }

  /**
   * High-passes {@code frames} samples of a buffer in place. Same filter as {@link #highpass}, with
   * the recursion rewritten so the state depends on itself through one multiply and one add: with v
   * = g(x - s), the low-pass output v + s is gx + (1 - g)s and the next state v + (v + s) is (1 -
   * 2g)s + 2gx. The per-sample cost is that short chain (half of the four dependent operations of
   * the direct form); the results agree with it to rounding.
   */
  public void highpassInPlace(float[] buffer, int frames) {
    double s = state;
    double g = gain;
    double keep = 1 - g;
    double decay = 1 - 2 * g;
    double feed = 2 * g;
    for (int i = 0; i < frames; i++) {
      double x = buffer[i];
      double lp = g * x + keep * s;
      s = decay * s + feed * x;
      buffer[i] = (float) (x - lp);
    }
    state = s;
  }
}
