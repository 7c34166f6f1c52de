package dev.cadenza.dsp;

/** Decibel conversions for processor parameters; computed once per parameter, not per sample. */
public final class Levels {
  private Levels() {}

  /** The linear gain of a level in dB. */
  public static double gain(double db) {
    return StrictMath.pow(10, db / 20);
  }

  /** The level in dB of a linear gain; -infinity for 0. */
  public static double db(double gain) {
    return 20 * StrictMath.log10(gain);
  }
}
