package dev.cadenza.dsp;

/**
 * Uniform white noise in [-1, 1) from a SplitMix64 sequence: the same seed gives the same samples
 * on every JVM, and drawing a sample costs a few integer operations.
 */
public final class WhiteNoise {
  private long state;

  public WhiteNoise(long seed) {
    this.state = seed;
  }

  public double next() {
    state += 0x9E3779B97F4A7C15L;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-52 - 1.0;
  }
}
