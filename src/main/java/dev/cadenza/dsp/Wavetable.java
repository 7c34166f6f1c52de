package dev.cadenza.dsp;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A band-limited periodic waveform stored as a set of tables, one per half-octave of playback
 * frequency. The table used for a note holds only the harmonics that stay below the Nyquist
 * frequency at the top of its band, so playback does not alias; the lowest notes of a band lose
 * harmonics above about 0.35 of the sample rate (15.6 kHz at 44.1 kHz), which is inaudible.
 *
 * <p>Tables are indexed by normalised frequency (cycles per sample), so one set serves every sample
 * rate. Each is the Fourier series summed in double precision from exact sine-table values (index
 * {@code k·n mod 4096}), which makes the tables identical on every JVM.
 */
public final class Wavetable {
  static final int SIZE = Sine.SIZE;
  static final int MASK = SIZE - 1;
  private static final int BANDS = 23;
  private static final int MAX_HARMONIC = SIZE / 2 - 1;

  /** Rising sawtooth from -1 to 1, value 0 at phase 0. */
  public static Wavetable saw() {
    return Holder.SAW;
  }

  /** Square wave, +1 on the first half cycle, value 0 at phase 0. */
  public static Wavetable square() {
    return Holder.SQUARE;
  }

  /** Triangle, peak +1 at phase 1/4, value 0 at phase 0. */
  public static Wavetable triangle() {
    return Holder.TRIANGLE;
  }

  private static final class Holder {
    static final Wavetable SAW = new Wavetable(Shape.SAW);
    static final Wavetable SQUARE = new Wavetable(Shape.SQUARE);
    static final Wavetable TRIANGLE = new Wavetable(Shape.TRIANGLE);
  }

  private enum Shape {
    SAW,
    SQUARE,
    TRIANGLE
  }

  private final Shape shape;

  // Built on first use: the richest bands (thousands of harmonics, for notes of a few hertz) cost
  // the most and are rarely played. A band is a pure function of its index, so two threads that
  // race to build one store equal tables.
  private final AtomicReferenceArray<float[]> bands = new AtomicReferenceArray<>(BANDS);

  private Wavetable(Shape shape) {
    this.shape = shape;
  }

  private float[] table(int band) {
    float[] t = bands.get(band);
    if (t == null) {
      t = build(shape, harmonicsFor(band));
      if (!bands.compareAndSet(band, null, t)) {
        t = bands.get(band);
      }
    }
    return t;
  }

  /** Highest normalised frequency band b may play: 0.5 / 2^(b/2). */
  static double bandTop(int band) {
    return 0.5 / StrictMath.pow(2, band / 2.0);
  }

  private static int harmonicsFor(int band) {
    return (int) Math.min(MAX_HARMONIC, Math.max(1, Math.floor(0.5 / bandTop(band) + 1e-9)));
  }

  private static float[] build(Shape shape, int harmonics) {
    double[] coefficient = new double[harmonics + 1];
    for (int k = 1; k <= harmonics; k++) {
      coefficient[k] =
          switch (shape) {
            case SAW -> -2 / (StrictMath.PI * k);
            case SQUARE -> (k % 2 == 1) ? 4 / (StrictMath.PI * k) : 0;
            case TRIANGLE ->
                (k % 2 == 1)
                    ? 8 / (StrictMath.PI * StrictMath.PI * k * k) * (k % 4 == 1 ? 1 : -1)
                    : 0;
          };
    }
    float[] table = new float[SIZE + 2];
    for (int n = 0; n < SIZE; n++) {
      double sum = 0;
      for (int k = 1; k <= harmonics; k++) {
        if (coefficient[k] != 0) {
          sum += coefficient[k] * Sine.atIndex(k * n);
        }
      }
      table[n] = (float) sum;
    }
    table[SIZE] = table[0];
    table[SIZE + 1] = table[1];
    return table;
  }

  /**
   * The table for a tone whose frequency never exceeds {@code maxIncrement} cycles per sample: the
   * richest one whose harmonics all stay below Nyquist.
   */
  public float[] band(double maxIncrement) {
    if (!(maxIncrement > 0)) {
      return table(BANDS - 1);
    }
    double b = Math.floor(2 * StrictMath.log(0.5 / maxIncrement) / StrictMath.log(2));
    int band = (int) Math.max(0, Math.min(BANDS - 1, b));
    return table(band);
  }
}
