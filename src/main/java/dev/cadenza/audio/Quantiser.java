package dev.cadenza.audio;

/** Float samples to integer PCM codes: the one rounding rule of every writer of PCM. */
final class Quantiser {
  private Quantiser() {}

  /**
   * Scales to integer steps, adds the dither, rounds half up and clamps to the code range. Floor is
   * exactly rounded by definition, so {@code Math.floor} (a single instruction where the JIT has
   * one) gives the same bits as {@code StrictMath.floor} on every JVM.
   */
  static int quantise(float sample, double steps, double dither) {
    double v = Math.floor(sample * steps + dither + 0.5);
    if (v >= steps) {
      return (int) steps - 1;
    }
    if (v < -steps) {
      return (int) -steps;
    }
    return (int) v;
  }
}
