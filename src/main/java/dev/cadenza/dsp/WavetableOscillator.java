package dev.cadenza.dsp;

/**
 * Phase-accumulator oscillator reading a {@link Wavetable} with linear interpolation. The table
 * band is chosen when the frequency is set, with headroom for modulation of up to +1/3 semitone
 * (vibrato, detune drift) without aliasing; sweeps wider than that call {@link #setFrequency}
 * again, e.g. once per control block.
 */
public final class WavetableOscillator {
  /** Frequency factor the band choice leaves room for: 2^(35/1200), about a third of a semitone. */
  private static final double HEADROOM = 1.0204;

  private static final double TWO_POW_32 = 4294967296.0;
  private static final int FRACTION_BITS = 32 - 12; // 4096-point tables
  // The 20-bit fraction is exact in a float's 24-bit mantissa. Interpolating in float (the tables'
  // own precision) instead of double avoids the conversions that made the loops about 2.5 times
  // slower; the interpolation error stays near 1e-7 of full scale, below a 24-bit step.
  private static final float FRACTION_SCALE = 1.0f / (1 << FRACTION_BITS);

  private final Wavetable wave;
  private float[] table;
  // Phase is a 32-bit unsigned fraction of a cycle: wrap-around is integer overflow, so the
  // accumulator costs one integer add with no branch and no rounding drift.
  private int phase;
  private int step;
  private double increment;

  public WavetableOscillator(Wavetable wave) {
    this.wave = wave;
  }

  /** Sets the frequency and picks the table band for it. */
  public void setFrequency(double hz, double sampleRate) {
    increment = hz / sampleRate;
    step = toPhase(increment);
    table = wave.band(increment * HEADROOM);
  }

  /** Starting phase in cycles, [0, 1). */
  public void setPhase(double cycles) {
    phase = toPhase(cycles - Math.floor(cycles));
  }

  public double increment() {
    return increment;
  }

  private static int toPhase(double cycles) {
    return (int) (long) (cycles * TWO_POW_32);
  }

  /** The next sample at the set frequency. */
  public double next() {
    int p = phase;
    phase = p + step;
    return read(p);
  }

  /**
   * The next sample, advancing by {@code cycles} instead of the set increment (for vibrato and
   * glides within the headroom of the current band).
   */
  public double next(double cycles) {
    int p = phase;
    phase = p + toPhase(cycles);
    return read(p);
  }

  /**
   * Adds {@code length} samples at the set frequency, scaled by {@code leftGain} and {@code
   * rightGain} (rounded to float), to two buffers from index {@code from}. Same samples as calling
   * {@link #next()} that many times, in float arithmetic; the state lives in locals for the loop.
   */
  public void addTo(
      float[] left, float[] right, int from, int length, double leftGain, double rightGain) {
    int p = phase;
    int s = step;
    float[] t = table;
    float gl = (float) leftGain;
    float gr = (float) rightGain;
    for (int i = from; i < from + length; i++) {
      float x = interpolate(t, p);
      p += s;
      left[i] += gl * x;
      right[i] += gr * x;
    }
    phase = p;
  }

  /**
   * Adds {@code length} samples at the set frequency to {@code out[0 .. length)}, unscaled: the
   * same values as {@link #next()} gives, with the state in locals for the loop.
   */
  public void addTo(double[] out, int length) {
    int p = phase;
    int s = step;
    float[] t = table;
    for (int i = 0; i < length; i++) {
      out[i] += interpolate(t, p);
      p += s;
    }
    phase = p;
  }

  /**
   * Like {@link #addTo}, but the phase step moves linearly from {@code startCycles} to {@code
   * endCycles} per sample over the span (vibrato, glides within the band's headroom).
   */
  public void addSweep(
      float[] left,
      float[] right,
      int from,
      int length,
      double leftGain,
      double rightGain,
      double startCycles,
      double endCycles) {
    int p = phase;
    int s = toPhase(startCycles);
    int ds = (toPhase(endCycles) - s) / length;
    float[] t = table;
    float gl = (float) leftGain;
    float gr = (float) rightGain;
    for (int i = from; i < from + length; i++) {
      float x = interpolate(t, p);
      p += s;
      s += ds;
      left[i] += gl * x;
      right[i] += gr * x;
    }
    phase = p;
  }

  /**
   * Like {@link #addTo} for two oscillators at once: each buffer sample is read and written once
   * for both, as {@code (buffer + a·gain) + b·gain} in that order, in float arithmetic with the
   * gains rounded to float.
   */
  public static void addPair(
      WavetableOscillator a,
      double aLeft,
      double aRight,
      WavetableOscillator b,
      double bLeft,
      double bRight,
      float[] left,
      float[] right,
      int from,
      int length) {
    int pa = a.phase;
    int sa = a.step;
    float[] ta = a.table;
    int pb = b.phase;
    int sb = b.step;
    float[] tb = b.table;
    float al = (float) aLeft;
    float ar = (float) aRight;
    float bl = (float) bLeft;
    float br = (float) bRight;
    for (int i = from; i < from + length; i++) {
      float xa = interpolate(ta, pa);
      float xb = interpolate(tb, pb);
      pa += sa;
      pb += sb;
      left[i] = (left[i] + al * xa) + bl * xb;
      right[i] = (right[i] + ar * xa) + br * xb;
    }
    a.phase = pa;
    b.phase = pb;
  }

  private static float interpolate(float[] t, int p) {
    int i = p >>> FRACTION_BITS;
    float frac = (p & ((1 << FRACTION_BITS) - 1)) * FRACTION_SCALE;
    float a = t[i];
    return a + (t[i + 1] - a) * frac;
  }

  private double read(int p) {
    return interpolate(table, p);
  }
}
