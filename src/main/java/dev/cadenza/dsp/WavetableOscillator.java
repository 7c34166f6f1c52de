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

  private final Wavetable wave;
  private float[] table;
  private double phase;
  private double increment;

  public WavetableOscillator(Wavetable wave) {
    this.wave = wave;
  }

  /** Sets the frequency and picks the table band for it. */
  public void setFrequency(double hz, double sampleRate) {
    increment = hz / sampleRate;
    table = wave.band(increment * HEADROOM);
  }

  /** Starting phase in cycles, [0, 1). */
  public void setPhase(double cycles) {
    phase = cycles - Math.floor(cycles);
  }

  public double increment() {
    return increment;
  }

  /** The next sample at the set frequency. */
  public double next() {
    return next(increment);
  }

  /**
   * The next sample, advancing by {@code step} cycles instead of the set increment (for vibrato and
   * glides within the headroom of the current band).
   */
  public double next(double step) {
    double x = phase * Wavetable.SIZE;
    int i = (int) x;
    double frac = x - i;
    float[] t = table;
    double a = t[i];
    double v = a + (t[i + 1] - a) * frac;
    phase += step;
    if (phase >= 1) {
      phase -= 1;
    }
    return v;
  }
}
