package dev.cadenza.analyze;

/** Level conversions where silence has no level: results are null, never -infinity. */
public final class Decibels {
  private Decibels() {}

  /** 20·log10 of an amplitude, or null for 0. */
  public static Double fromAmplitude(double amplitude) {
    return amplitude > 0 ? 20 * StrictMath.log10(amplitude) : null;
  }

  /** The amplitude of a level in dB. */
  public static double toAmplitude(double db) {
    return StrictMath.pow(10, db / 20);
  }
}
