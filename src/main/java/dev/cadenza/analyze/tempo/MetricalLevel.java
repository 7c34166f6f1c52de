package dev.cadenza.analyze.tempo;

/**
 * Chooses the beat among the metrical levels of the strongest periodicity of a pattern: the
 * periodicity may be the beat, a subdivision (eighths, triplets) or a grouping (half bars, bars),
 * so every level {@code P0 × r} for the ratios in {@link #RATIOS} inside the tempo range is scored
 * jointly and the best one wins, instead of stepping through halving and doubling rules.
 *
 * <p>The score of a candidate beat period {@code P} is a weighted sum of evidence:
 *
 * <ul>
 *   <li>a perceptual prior, a Gaussian in log2 tempo centred on {@value #PRIOR_CENTRE_BPM} BPM;
 *   <li>the comb salience of {@code P} relative to the best candidate (log);
 *   <li>the autocorrelation of the novelty at {@code P} (the beat repeats), at {@code P/2} (an even
 *       subdivision) and at {@code P/3} (a triplet subdivision, counted against: a beat split in
 *       three usually means {@code P} is a grouping of beats), and at {@code 4P} over {@code 2P}
 *       (the pattern repeats in a bar of four beats rather than two);
 *   <li>on the beat grid at the phase with the largest accent: the accent on the beats over the
 *       weaker of the two third positions (whole spectrum, snare register and hat register) and
 *       over the half-way position (snare register): the beats carry the accents, not the positions
 *       between them;
 *   <li>alternation: the difference in accent between even and odd beats in the snare and hat
 *       registers (the backbeat on every other beat; the hats' accent pattern), and in the kick
 *       register, counted against (a kick on every other beat means {@code P} is a subdivision).
 * </ul>
 *
 * <p>The weights were fitted (a conditional logit, the choice among the candidates of a case) on
 * the drum patterns of {@code TempoEval} (every 5 BPM from 60 to 200, straight and swung) plus
 * tracks of every genre family made by {@code cadenza generate} at two tempi each, and are checked
 * on cases not used in fitting: the patterns at tempi half-way between, other seeds and a lighter
 * swing, and the genres at a third tempo. See {@code bench/tempo.sh}.
 */
final class MetricalLevel {

  /** Ratios of a candidate beat period to the strongest periodicity. */
  static final double[] RATIOS = {0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75, 1, 4.0 / 3, 1.5, 2, 3, 4};

  static final double PRIOR_CENTRE_BPM = 153;
  private static final double PRIOR = 2.7;
  private static final double SALIENCE = 0.46;
  private static final double REPEAT = 3.2;
  private static final double EVEN_SUBDIVISION = 3.5;
  private static final double TRIPLET_SUBDIVISION = -1.8;
  private static final double BAR_OF_FOUR = 9.6;
  private static final double ON_OVER_THIRDS = 0.47;
  private static final double SNARE_ON_OVER_THIRDS = 0.68;
  private static final double HAT_ON_OVER_THIRDS = 0.83;
  private static final double SNARE_ON_OVER_HALF = 0.53;
  private static final double SNARE_ALTERNATION = 0.34;
  private static final double HAT_ALTERNATION = 0.69;
  private static final double KICK_ALTERNATION = -0.40;

  private final Autocorrelation acf;
  private final PulseGrid full;
  private final PulseGrid low;
  private final PulseGrid mid;
  private final PulseGrid high;

  /**
   * @param acf autocorrelation of {@code full}
   * @param full novelty of the whole spectrum
   * @param low novelty of the kick register, or null when silent there
   * @param mid novelty of the snare register, or null when silent there
   * @param high novelty of the hat register, or null when silent there
   */
  MetricalLevel(Autocorrelation acf, double[] full, double[] low, double[] mid, double[] high) {
    this.acf = acf;
    this.full = new PulseGrid(full);
    this.low = new PulseGrid(orZeros(low, full.length));
    this.mid = new PulseGrid(orZeros(mid, full.length));
    this.high = new PulseGrid(orZeros(high, full.length));
  }

  private static double[] orZeros(double[] curve, int n) {
    return curve != null ? curve : new double[n];
  }

  /**
   * The beat period among the levels of {@code strongest} whose tempo lies in the estimator's
   * range; {@code strongest} itself when no other level is in range.
   */
  double choose(double strongest, TempoEstimator estimator) {
    double minPeriod = estimator.periodOf(TempoEstimator.MAX_BPM);
    double maxPeriod = estimator.periodOf(TempoEstimator.MIN_BPM);
    double topSalience = 0;
    for (double r : RATIOS) {
      double p = strongest * r;
      if (p >= minPeriod && p <= maxPeriod) {
        topSalience = Math.max(topSalience, estimator.salience(p));
      }
    }
    double best = strongest;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (double r : RATIOS) {
      double p = strongest * r;
      if (p < minPeriod || p > maxPeriod) {
        continue;
      }
      double octaves = StrictMath.log(estimator.bpmOf(p) / PRIOR_CENTRE_BPM) / StrictMath.log(2);
      double relative = Math.max(estimator.salience(p), 1e-4 * topSalience) / topSalience;
      double score = -PRIOR * octaves * octaves + SALIENCE * StrictMath.log(relative) + evidence(p);
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best;
  }

  /** The score of a beat period without prior and salience. */
  double evidence(double period) {
    double phase = full.bestPhase(period);
    double score =
        REPEAT * acf.at(period)
            + EVEN_SUBDIVISION * acf.at(period / 2)
            + TRIPLET_SUBDIVISION * acf.at(period / 3)
            + BAR_OF_FOUR * (acf.at(4 * period) - acf.at(2 * period));
    score += ON_OVER_THIRDS * onOverThirds(full, period, phase);
    score += SNARE_ON_OVER_THIRDS * onOverThirds(mid, period, phase);
    score += HAT_ON_OVER_THIRDS * onOverThirds(high, period, phase);
    score += SNARE_ON_OVER_HALF * (mid.accent(period, phase, 0) - mid.accent(period, phase, 0.5));
    score += SNARE_ALTERNATION * alternation(mid, period, phase);
    score += HAT_ALTERNATION * alternation(high, period, phase);
    score += KICK_ALTERNATION * alternation(low, period, phase);
    return score;
  }

  private static double onOverThirds(PulseGrid grid, double period, double phase) {
    return grid.accent(period, phase, 0)
        - Math.min(grid.accent(period, phase, 1.0 / 3), grid.accent(period, phase, 2.0 / 3));
  }

  private static double alternation(PulseGrid grid, double period, double phase) {
    return Math.abs(grid.accent(2 * period, phase, 0) - grid.accent(2 * period, phase + period, 0));
  }
}
