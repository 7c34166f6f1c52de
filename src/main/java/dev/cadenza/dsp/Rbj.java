package dev.cadenza.dsp;

/**
 * Filter designs of Robert Bristow-Johnson's "Cookbook formulae for audio EQ biquad filter
 * coefficients": bilinear transforms of second-order analog prototypes with the centre or corner
 * frequency prewarped, {@code w0 = 2 pi f0 / fs}, {@code alpha = sin(w0) / (2 Q)}, and for peaking
 * and shelving filters {@code A = 10^(gainDb / 40)}.
 */
public final class Rbj {
  private Rbj() {}

  /** Analog prototype {@code 1 / (s^2 + s/Q + 1)}. */
  public static Biquad lowPass(double f0, double q, double sampleRate) {
    double[] w = omega(f0, q, sampleRate);
    double cos = w[0];
    double alpha = w[1];
    return normalise((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
  }

  /** Analog prototype {@code s^2 / (s^2 + s/Q + 1)}. */
  public static Biquad highPass(double f0, double q, double sampleRate) {
    double[] w = omega(f0, q, sampleRate);
    double cos = w[0];
    double alpha = w[1];
    return normalise((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
  }

  /** Analog prototype {@code (s^2 + s A/Q + 1) / (s^2 + s/(A Q) + 1)}. */
  public static Biquad peaking(double f0, double q, double gainDb, double sampleRate) {
    double[] w = omega(f0, q, sampleRate);
    double cos = w[0];
    double alpha = w[1];
    double a = StrictMath.pow(10, gainDb / 40);
    return normalise(
        1 + alpha * a, -2 * cos, 1 - alpha * a, 1 + alpha / a, -2 * cos, 1 - alpha / a);
  }

  /** Analog prototype {@code A (s^2 + s sqrt(A)/Q + A) / (A s^2 + s sqrt(A)/Q + 1)}. */
  public static Biquad lowShelf(double f0, double q, double gainDb, double sampleRate) {
    double[] w = omega(f0, q, sampleRate);
    double cos = w[0];
    double alpha = w[1];
    double a = StrictMath.pow(10, gainDb / 40);
    double t = 2 * StrictMath.sqrt(a) * alpha;
    return normalise(
        a * ((a + 1) - (a - 1) * cos + t),
        2 * a * ((a - 1) - (a + 1) * cos),
        a * ((a + 1) - (a - 1) * cos - t),
        (a + 1) + (a - 1) * cos + t,
        -2 * ((a - 1) + (a + 1) * cos),
        (a + 1) + (a - 1) * cos - t);
  }

  /** Analog prototype {@code A (A s^2 + s sqrt(A)/Q + 1) / (s^2 + s sqrt(A)/Q + A)}. */
  public static Biquad highShelf(double f0, double q, double gainDb, double sampleRate) {
    double[] w = omega(f0, q, sampleRate);
    double cos = w[0];
    double alpha = w[1];
    double a = StrictMath.pow(10, gainDb / 40);
    double t = 2 * StrictMath.sqrt(a) * alpha;
    return normalise(
        a * ((a + 1) + (a - 1) * cos + t),
        -2 * a * ((a - 1) + (a + 1) * cos),
        a * ((a + 1) + (a - 1) * cos - t),
        (a + 1) - (a - 1) * cos + t,
        2 * ((a - 1) - (a + 1) * cos),
        (a + 1) - (a - 1) * cos - t);
  }

  private static double[] omega(double f0, double q, double sampleRate) {
    if (!(f0 > 0 && f0 < sampleRate / 2)) {
      throw new IllegalArgumentException(
          "frequency " + f0 + " Hz outside 0..Nyquist of " + sampleRate + " Hz");
    }
    if (!(q > 0 && q <= 100)) {
      throw new IllegalArgumentException("Q must be in (0, 100]: " + q);
    }
    double w0 = 2 * StrictMath.PI * f0 / sampleRate;
    return new double[] {StrictMath.cos(w0), StrictMath.sin(w0) / (2 * q)};
  }

  private static Biquad normalise(
      double b0, double b1, double b2, double a0, double a1, double a2) {
    return new Biquad(b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0);
  }
}
