package dev.cadenza.dsp;

/**
 * Sine of a phase given in cycles, from a table built once with {@link StrictMath#sin}. Linear
 * interpolation over 4096 points keeps the error below 3e-7 (about -130 dB), far under the noise
 * floor of 24-bit audio, at a fraction of the cost of {@code StrictMath.sin} per sample.
 */
public final class Sine {
  static final int SIZE = 4096;
  // Two guard points: one for interpolation at the last index, one for a phase that rounds to 1.0.
  private static final double[] TABLE = new double[SIZE + 2];

  static {
    for (int i = 0; i < TABLE.length; i++) {
      TABLE[i] = StrictMath.sin(2 * StrictMath.PI * i / SIZE);
    }
  }

  private Sine() {}

  /** sin(2π·phase) for any finite phase. */
  public static double cycles(double phase) {
    double p = phase - Math.floor(phase);
    double x = p * SIZE;
    int i = (int) x;
    double frac = x - i;
    double a = TABLE[i];
    return a + (TABLE[i + 1] - a) * frac;
  }

  /** sin(2π·phase) for a phase already in [0, 1). */
  public static double unitCycles(double phase) {
    double x = phase * SIZE;
    int i = (int) x;
    double frac = x - i;
    double a = TABLE[i];
    return a + (TABLE[i + 1] - a) * frac;
  }

  /** Fraction bits of a 32-bit phase below the table index. */
  private static final int FRACTION_BITS = 32 - 12;

  private static final double FRACTION_SCALE = 1.0 / (1 << FRACTION_BITS);

  /**
   * A phase in cycles as a 32-bit fraction of a cycle, the form {@link #ofPhase} reads: whole
   * cycles drop out, so phases wrap by integer overflow, with no branch and no drift.
   */
  public static int phase(double cycles) {
    return (int) (long) (cycles * 4294967296.0);
  }

  /** sin(2π·p/2^32) for a phase held as a 32-bit fraction of a cycle. */
  public static double ofPhase(int p) {
    int i = p >>> FRACTION_BITS;
    double frac = (p & ((1 << FRACTION_BITS) - 1)) * FRACTION_SCALE;
    double a = TABLE[i];
    return a + (TABLE[i + 1] - a) * frac;
  }

  /** The exact table value sin(2π·index/4096); used to build other tables by integer indexing. */
  static double atIndex(int index) {
    return TABLE[index & (SIZE - 1)];
  }
}
