package dev.cadenza.audio;

import java.util.SplittableRandom;

/**
 * Noise added before quantising float samples to integers, in units of one least significant bit.
 * TPDF (triangular, ±1 LSB) dither is the difference of two uniform variables; it removes the
 * signal-correlated distortion of plain rounding. Seeded, so output is reproducible.
 */
public abstract sealed class Dither {

  /** Next noise value in LSB. */
  abstract double next();

  /** The next {@code n} noise values, in the order {@link #next()} would give them. */
  void fill(double[] out, int n) {
    for (int i = 0; i < n; i++) {
      out[i] = next();
    }
  }

  public static Dither none() {
    return new None();
  }

  public static Dither tpdf(long seed) {
    return new Tpdf(seed);
  }

  private static final class None extends Dither {
    @Override
    double next() {
      return 0;
    }

    @Override
    void fill(double[] out, int n) {
      java.util.Arrays.fill(out, 0, n, 0.0);
    }
  }

  private static final class Tpdf extends Dither {
    private final SplittableRandom random;

    Tpdf(long seed) {
      this.random = new SplittableRandom(seed);
    }

    // Both uniform variables come from one 64-bit draw, 32 bits each: half the generator work of
    // two draws, and a resolution of 2^-32 LSB, far finer than the noise needs.
    @Override
    double next() {
      return triangular(random.nextLong());
    }

    @Override
    void fill(double[] out, int n) {
      SplittableRandom r = random;
      for (int i = 0; i < n; i++) {
        out[i] = triangular(r.nextLong());
      }
    }

    private static double triangular(long bits) {
      return ((bits >>> 32) - (bits & 0xFFFFFFFFL)) * 0x1.0p-32;
    }
  }
}
