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
  // The state update as a 2x2 matrix on (ic1, ic2) plus the input's share, see updateCoefficients.
  private double s11;
  private double s12;
  private double s21;
  private double s22;
  private double d1;
  private double d2;
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

  /**
   * Besides the outputs' coefficients, the state update written out: with v3 = x - ic2, the
   * trapezoidal update ic1' = 2·v1 - ic1, ic2' = 2·v2 - ic2 is ic1' = (2a1 - 1)·ic1 - 2a2·ic2 +
   * 2a2·x and ic2' = 2a2·ic1 + (1 - 2a3)·ic2 + 2a3·x. Each state then depends on the previous ones
   * through one multiply and two adds instead of five dependent operations, which is what a sample
   * costs; the outputs are computed beside it.
   */
  private void updateCoefficients() {
    a1 = 1.0 / (1.0 + g * (g + k));
    a2 = g * a1;
    a3 = g * a2;
    s11 = 2 * a1 - 1;
    s12 = -2 * a2;
    s21 = 2 * a2;
    s22 = 1 - 2 * a3;
    d1 = 2 * a2;
    d2 = 2 * a3;
  }

  public void reset() {
    ic1 = 0;
    ic2 = 0;
  }

  /** Runs one sample; read the outputs with {@link #low()}, {@link #band()}, {@link #high()}. */
  public void process(double x) {
    double c1 = ic1;
    double c2 = ic2;
    double v3 = x - c2;
    double v1 = a1 * c1 + a2 * v3;
    double v2 = c2 + a2 * c1 + a3 * v3;
    ic1 = (d1 * x + s12 * c2) + s11 * c1;
    ic2 = (d2 * x + s22 * c2) + s21 * c1;
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
