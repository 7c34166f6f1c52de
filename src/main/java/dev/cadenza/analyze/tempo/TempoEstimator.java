package dev.cadenza.analyze.tempo;

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
 *   <li>Metrical level: the best candidate is only a periodicity of the pattern; octave errors
 *       (double, half, 3/2, 2/3, triple) are settled by the accents on the grid. If the events
 *       half-way (or a third of the way) between pulses are about as strong as the pulses, the
 *       pulse is too slow: the beat is the faster grid. If every other pulse is much weaker than
 *       its neighbours, the pulse is a subdivision: the beat is twice as slow. If in a pulse grid
 *       of 1.5 periods both third positions are much weaker, the music is compound (6/8): the beat
 *       is the dotted grouping of three subdivisions.
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

  /** Off-grid accents at least this fraction of the on-grid accent count as "as strong". */
  static final double EQUAL = 0.5;

  /** Off-grid accents below this fraction of the on-grid accent count as "much weaker". */
  static final double WEAK = 0.3;

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
  private final PulseGrid grid;

  TempoEstimator(double[] novelty, double frameRate) {
    this.frameRate = frameRate;
    int maxLag = (int) StrictMath.ceil(5 * periodOf(MIN_BPM));
    this.acf = Autocorrelation.of(novelty, maxLag);
    this.grid = new PulseGrid(novelty);
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

  Estimate estimate() {
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
    if (peaks.isEmpty()) {
      return null;
    }
    // Best first; ties by tempo so the order never depends on anything but the numbers.
    peaks.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]));
    double period = resolveLevel(periodOf(peaks.get(0)[0]));
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

  /** Moves from a periodicity of the pattern to the beat level (see the class comment). */
  double resolveLevel(double period) {
    double minPeriod = periodOf(MAX_BPM);
    double maxPeriod = periodOf(MIN_BPM);
    for (int step = 0; step < 6; step++) {
      if (period / 2 >= minPeriod && halfRatio(period) >= EQUAL) {
        period /= 2;
      } else if (period / 3 >= minPeriod && thirdsRatio(period) >= EQUAL) {
        period /= 3;
      } else if (period * 2 <= maxPeriod && halfRatio(period * 2) < WEAK) {
        period *= 2;
      } else {
        break;
      }
    }
    return period;
  }

  /** Accent half-way between pulses relative to the pulses, above the curve's floor. */
  double halfRatio(double period) {
    double phase = grid.bestPhase(period);
    double on = grid.accent(period, phase, 0) - grid.floor();
    double off = grid.accent(period, phase, 0.5) - grid.floor();
    return on > 0 ? Math.max(0, off) / on : 0;
  }

  /** The weaker of the accents at one and two thirds between pulses, relative to the pulses. */
  double thirdsRatio(double period) {
    double phase = grid.bestPhase(period);
    double on = grid.accent(period, phase, 0) - grid.floor();
    double off =
        Math.min(grid.accent(period, phase, 1.0 / 3), grid.accent(period, phase, 2.0 / 3))
            - grid.floor();
    return on > 0 ? Math.max(0, off) / on : 0;
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

  static double round(double value, int decimals) {
    double scale = StrictMath.pow(10, decimals);
    return StrictMath.round(value * scale) / scale;
  }
}
