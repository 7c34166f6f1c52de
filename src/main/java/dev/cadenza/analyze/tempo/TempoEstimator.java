package dev.cadenza.analyze.tempo;

import static dev.cadenza.analyze.Rounding.round;

import dev.cadenza.spec.TempoResult.Candidate;
import java.util.ArrayList;
import java.util.List;

/**
 * Global tempo of a novelty curve, in three steps.
 *
 * <ol>
 *   <li>Periodicity: the autocorrelation of the curve read through a comb (lags {@code L, 2L, 3L,
 *       4L}, weights 1, 1/2, 1/3, 1/4) for every tempo from {@value #MIN_BPM} to {@value #MAX_BPM}
 *       BPM on a 0.2 % grid, times a perceptual prior: a Gaussian in log2 tempo centred on {@value
 *       #PRIOR_BPM} BPM with a standard deviation of {@value #PRIOR_OCTAVES} octave. Its local
 *       maxima are the candidates.
 *   <li>Metrical level: the best candidate is only a periodicity of the pattern; the beat is the
 *       level of it (a third, half, two thirds, … four times its period) that {@link MetricalLevel}
 *       scores best.
 *   <li>Refinement: the comb maximum within 4 % of the chosen level, interpolated.
 * </ol>
 */
final class TempoEstimator {

  static final double MIN_BPM = 40;
  static final double MAX_BPM = 240;
  static final double PRIOR_BPM = 120;
  static final double PRIOR_OCTAVES = 1.0;
  private static final double GRID_STEP = 1.002;
  private static final int CANDIDATES = 5;

  /**
   * The estimate.
   *
   * @param period beat period in frames
   * @param confidence see {@link dev.cadenza.spec.TempoResult.Tempo}
   * @param candidates comb maxima, best first
   */
  record Estimate(double period, double confidence, List<Candidate> candidates) {}

  private final double frameRate;
  private final Autocorrelation acf;
  private final MetricalLevel level;

  MetricalLevel level() {
    return level;
  }

  /**
   * @param novelty novelty of the whole spectrum
   * @param low novelty of the kick register, or null
   * @param mid novelty of the snare register, or null
   * @param high novelty of the hat register, or null
   */
  TempoEstimator(double[] novelty, double[] low, double[] mid, double[] high, double frameRate) {
    this.frameRate = frameRate;
    int maxLag = (int) StrictMath.ceil(5 * periodOf(MIN_BPM));
    this.acf = Autocorrelation.of(novelty, maxLag);
    this.level = new MetricalLevel(acf, novelty, low, mid, high);
  }

  double periodOf(double bpm) {
    return 60 * frameRate / bpm;
  }

  double bpmOf(double period) {
    return 60 * frameRate / period;
  }

  /** Comb salience of a beat period. */
  double salience(double period) {
    double s = 0;
    for (int k = 1; k <= 4; k++) {
      s += Math.max(0, acf.at(k * period)) / k;
    }
    return s;
  }

  static double prior(double bpm) {
    double octaves = StrictMath.log(bpm / PRIOR_BPM) / StrictMath.log(2) / PRIOR_OCTAVES;
    return StrictMath.exp(-0.5 * octaves * octaves);
  }

  /** Local maxima of the prior-weighted comb, {bpm, weight}, best first. */
  List<double[]> peaks() {
    List<double[]> peaks = new ArrayList<>();
    int steps = (int) (StrictMath.log(MAX_BPM / MIN_BPM) / StrictMath.log(GRID_STEP)) + 1;
    double[] weighted = new double[steps];
    double[] bpms = new double[steps];
    for (int i = 0; i < steps; i++) {
      bpms[i] = MIN_BPM * StrictMath.pow(GRID_STEP, i);
      weighted[i] = salience(periodOf(bpms[i])) * prior(bpms[i]);
    }
    for (int i = 1; i < steps - 1; i++) {
      if (weighted[i] > 0 && weighted[i] >= weighted[i - 1] && weighted[i] > weighted[i + 1]) {
        peaks.add(new double[] {bpms[i], weighted[i]});
      }
    }
    // Best first; ties by tempo so the order never depends on anything but the numbers.
    peaks.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]));
    return peaks;
  }

  Estimate estimate() {
    List<double[]> peaks = peaks();
    if (peaks.isEmpty()) {
      return null;
    }
    double period = level.choose(periodOf(peaks.get(0)[0]), this);
    period = refine(period);
    List<Candidate> candidates = new ArrayList<>();
    double top = peaks.get(0)[1];
    for (double[] peak : peaks) {
      if (candidates.size() == CANDIDATES) {
        break;
      }
      candidates.add(new Candidate(round(peak[0], 2), round(peak[1] / top, 3)));
    }
    double confidence = 0;
    for (int k = 1; k <= 4; k++) {
      confidence = Math.max(confidence, acf.at(k * period));
    }
    confidence = Math.min(1, Math.max(0, confidence));
    return new Estimate(period, confidence, candidates);
  }

  private double refine(double period) {
    double best = period;
    double bestSalience = -1;
    for (double p = period * 0.96; p <= period * 1.04; p += 0.05) {
      double s = salience(p);
      if (s > bestSalience) {
        bestSalience = s;
        best = p;
      }
    }
    return best;
  }
}
