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

  /** High-passes {@code frames} samples of a buffer in place. */
  public void highpassInPlace(float[] buffer, int frames) {
    double s = state;
    double gn = gain;
    for (int i = 0; i < frames; i++) {
      double x = buffer[i];
      double v = (x - s) * gn;
      double lp = v + s;
      s = lp + v;
      buffer[i] = (float) (x - lp);
    }
    state = s;
  }
}
