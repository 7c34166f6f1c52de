package dev.cadenza.analyze;

/** How analysis values are rounded for the document: to a number of decimals, halves up. */
public final class Rounding {
  private Rounding() {}

  /** {@code value} to {@code decimals} decimal places. */
  public static double round(double value, int decimals) {
    double scale = StrictMath.pow(10, decimals);
    return StrictMath.round(value * scale) / scale;
  }
}
