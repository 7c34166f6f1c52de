package dev.cadenza.synth;

import dev.cadenza.dsp.WhiteNoise;

/**
 * One plucked string by the extended Karplus-Strong algorithm (Jaffe and Smith, "Extensions of the
 * Karplus-Strong plucked-string algorithm", 1983): a delay line one period long, filled with the
 * plucked string's shape, recirculates through a loss filter and a first-order all-pass that tunes
 * the fractional part of the period.
 *
 * <ul>
 *   <li>The line starts as the string's shape when released: a triangle with its apex at the pick
 *       point, with a little noise (a burst of noise alone, as in the original algorithm, leaves
 *       each harmonic's level to chance, and a weak fundamental is then heard an octave up). It is
 *       low-passed more for a soft pluck (finger, low velocity). Plucking at a fraction β of the
 *       length cancels every harmonic that is a multiple of 1/β, which is why a pick near the
 *       bridge sounds thin and one near the middle hollow.
 *   <li>The loss filter {@code (1 - s) + s z⁻¹} takes a little from every partial on each pass and
 *       more from the high ones, so high partials die first (s = 0.5 is the classic average of two
 *       samples, the darkest; smaller is a brighter, stiffer string).
 *   <li>A loop gain ρ per pass sets the decay: after {@code f · t60} passes ρ has taken 60 dB.
 *   <li>Releasing the note switches ρ to a fast decay (a finger damping the string) rather than
 *       cutting it.
 * </ul>
 */
final class PluckedString {
  /** The pick's scrape: the noise's share of the initial displacement. */
  private static final double SCRAPE = 0.15;

  /**
   * How the string is built and played.
   *
   * @param loss the loss filter's s, 0..0.5: high-partial damping per pass
   * @param pickPosition fraction of the length from the bridge where it is plucked, 0..0.5
   * @param t60 seconds the string takes to fall 60 dB while held
   * @param dampT60 seconds it takes to fall 60 dB once released
   * @param pluckHz corner of the burst's low-pass: the pluck's hardness
   */
  record Pluck(double loss, double pickPosition, double t60, double dampT60, double pluckHz) {}

  private PluckedString() {}

  /**
   * Adds the string's sound at {@code hz} into {@code out[from..from + frames)}, scaled by {@code
   * level}; released {@code gate} frames after {@code from}. A string whose period is under four
   * samples is left silent.
   */
  static void add(
      double[] out,
      int from,
      int frames,
      int gate,
      double hz,
      double level,
      Pluck p,
      double sr,
      long seed) {
    double period = sr / hz;
    if (period < 4) {
      return;
    }
    double s = p.loss();
    // The all-pass takes 0.5 to 1.5 samples of the period, where its delay is nearly the same at
    // every frequency, so the string's upper harmonics stay in tune with its fundamental.
    int n = (int) StrictMath.floor(period - s - 0.5);
    double eta = period - s - n;
    double c = (1 - eta) / (1 + eta);
    double[] line = burst(n, p, hz, sr, seed);
    double held = StrictMath.pow(10, -3 / (hz * p.t60()));
    double damped = StrictMath.pow(10, -3 / (hz * Math.min(p.t60(), p.dampT60())));
    double rho = held;
    double prevIn = 0;
    double apIn = 0;
    double apOut = 0;
    int at = 0;
    for (int i = 0; i < frames; i++) {
      if (i == gate) {
        rho = damped;
      }
      double x = line[at];
      double lossy = (1 - s) * x + s * prevIn;
      prevIn = x;
      double y = c * lossy + apIn - c * apOut;
      apIn = lossy;
      apOut = y;
      line[at] = rho * y;
      out[from + i] += level * x;
      at = at + 1 == n ? 0 : at + 1;
    }
  }

  /**
   * The initial displacement: the string pulled aside at the pick point, a triangle with its apex
   * there (harmonic n at sin(nπβ)/n², so the fundamental is always the strongest and the pick
   * position's comb comes with the shape), plus a little noise combed the same way for the pick's
   * scrape; low-passed by the pluck's hardness, zero mean, peak 1.
   */
  private static double[] burst(int n, Pluck p, double hz, double sr, long seed) {
    WhiteNoise noise = new WhiteNoise(seed);
    int m = Math.max(1, Math.min(n - 1, (int) Math.round(p.pickPosition() * n)));
    double[] white = new double[n];
    for (int i = 0; i < n; i++) {
      white[i] = noise.next();
    }
    double[] shape = new double[n];
    for (int i = 0; i < n; i++) {
      double triangle = i < m ? (double) i / m : (double) (n - i) / (n - m);
      shape[i] = triangle + SCRAPE * (white[i] - white[(i - m + n) % n]);
    }
    // The line is a loop: filtering round it twice lets the low-pass settle so that the last
    // sample flows into the first, leaving no step at the seam that would buzz every period.
    double a = StrictMath.exp(-2 * StrictMath.PI * Math.min(p.pluckHz(), 0.45 * sr) / sr);
    double[] line = new double[n];
    double lp = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        lp = (1 - a) * shape[i] + a * lp;
        line[i] = lp;
      }
    }
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += line[i];
    }
    mean /= n;
    double peak = 1e-12;
    for (int i = 0; i < n; i++) {
      line[i] -= mean;
      peak = Math.max(peak, Math.abs(line[i]));
    }
    for (int i = 0; i < n; i++) {
      line[i] /= peak;
    }
    return line;
  }
}
