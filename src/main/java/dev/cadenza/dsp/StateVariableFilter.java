package dev.cadenza.dsp;

/**
 * Two-pole state-variable filter in trapezoidal (zero-delay-feedback) form. It is the bilinear
 * transform of the analog prototype H(s) = 1 / (s² + s/Q + 1) with the cutoff prewarped, so the
 * magnitude at the cutoff equals the analog one for every sample rate, and it stays stable for any
 * cutoff below Nyquist and any Q (self-oscillation only as Q goes to infinity). Low-, band- and
 * high-pass outputs come from one update.
 */
public final class StateVariableFilter {
  private double k = StrictMath.sqrt(2);
  private double a1;
  private double a2;
  private double a3;
  private double g;
  private double ic1;
  private double ic2;
  private double low;
  private double band;
  private double high;

  /** Sets cutoff (clamped to 5 Hz .. 0.49·sample rate) and quality factor Q (> 0). */
  public void set(double cutoffHz, double q, double sampleRate) {
    double fc = Math.max(5.0, Math.min(cutoffHz, 0.49 * sampleRate));
    g = StrictMath.tan(StrictMath.PI * fc / sampleRate);
    k = 1.0 / Math.max(q, 1e-3);
    updateCoefficients();
  }

  /** Changes only the cutoff, keeping Q. */
  public void setCutoff(double cutoffHz, double sampleRate) {
    double fc = Math.max(5.0, Math.min(cutoffHz, 0.49 * sampleRate));
    g = StrictMath.tan(StrictMath.PI * fc / sampleRate);
    updateCoefficients();
  }

  private void updateCoefficients() {
    a1 = 1.0 / (1.0 + g * (g + k));
    a2 = g * a1;
    a3 = g * a2;
  }

  public void reset() {
    ic1 = 0;
    ic2 = 0;
  }

  /** Runs one sample; read the outputs with {@link #low()}, {@link #band()}, {@link #high()}. */
  public void process(double x) {
    double v3 = x - ic2;
    double v1 = a1 * ic1 + a2 * v3;
    double v2 = ic2 + a2 * ic1 + a3 * v3;
    ic1 = 2 * v1 - ic1;
    ic2 = 2 * v2 - ic2;
    low = v2;
    band = v1;
    high = x - k * v1 - v2;
  }

  public double lowpass(double x) {
    process(x);
    return low;
  }

  public double highpass(double x) {
    process(x);
    return high;
  }

  /** Band-pass normalised to unity gain at the centre frequency. */
  public double bandpass(double x) {
    process(x);
    return k * band;
  }

  public double low() {
    return low;
  }

  /** Band output with peak gain Q at the cutoff. */
  public double band() {
    return band;
  }

  public double high() {
    return high;
  }
}
