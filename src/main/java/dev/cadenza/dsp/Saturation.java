package dev.cadenza.dsp;

/** Memoryless soft clipping. */
public final class Saturation {
  private Saturation() {}

  /**
   * A rational approximation of tanh: odd, monotonic, slope 1 at 0, reaching ±1 with zero slope at
   * ±3 and clamped beyond. Cheap and exact in IEEE arithmetic.
   */
  public static double soft(double x) {
    if (x >= 3) {
      return 1;
    }
    if (x <= -3) {
      return -1;
    }
    double x2 = x * x;
    return x * (27 + x2) / (27 + 9 * x2);
  }
}
