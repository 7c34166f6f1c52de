package dev.cadenza.analyze.tempo;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the beat among the metrical levels of the strongest periodicity of a pattern: the
 * periodicity may be the beat, a subdivision (eighths, triplets) or a grouping (half bars, bars),
 * so every level {@code P0 × r} for the ratios in {@link #RATIOS} inside the tempo range is scored
 * jointly and the best one wins, instead of stepping through halving and doubling rules.
 *
 * <p>The score of a candidate beat period {@code P} is a weighted sum of evidence ({@link
 * Feature}):
 *
 * <ul>
 *   <li>a prior on tempo, a Gaussian in log2 tempo (centred on 152 BPM, 0.38 octave wide);
 *   <li>the comb salience of {@code P} relative to the best candidate (log);
 *   <li>the autocorrelation of the novelty at {@code P} (the beat repeats), at {@code P/2} (an even
 *       subdivision), at {@code P/3} (a triplet subdivision: the three quavers of a jig's beat or a
 *       shuffle's triplets), and at {@code 4P} and at {@code 3P} over {@code 2P} (the pattern
 *       repeats in a bar of four or three beats rather than two);
 *   <li>the triplet subdivision again where {@code 4P/3} repeats better than {@code P}: then the
 *       pulse at {@code P/3} groups in fours, a grid of sixteenths under the beat {@code 4P/3} (a
 *       techno rim's 3-3-2 figure read a 130 BPM track at 173), and counts against {@code P};
 *   <li>on the beat grid at the phase with the largest accent: the accent on the beats over the
 *       weaker of the two third positions (whole spectrum, snare register and hat register) and
 *       over the half-way position (snare register): the beats carry the accents, not the positions
 *       between them;
 *   <li>alternation: the contrast in accent between the beats counted in twos (even against odd) or
 *       in threes (the range of first, second and third), whichever is larger, in the snare, hat
 *       and kick registers (the backbeat on every other beat; the hats' accent pattern; a kick on 1
 *       and 3, or on 1 of a bar of three).
 * </ul>
 *
 * <p>The weights, the prior's among them, were fitted (a conditional logit, the choice among the
 * candidates of a case) on the drum patterns of {@code TempoEval} (every 5 BPM from 60 to 200,
 * straight and swung), tracks of every genre family made by {@code cadenza generate} at two tempi
 * each, and the development half of the evaluation corpus of {@code bench/corpus} (folk dance tunes
 * rendered by FluidSynth from 60 to 190 BPM in 2/4, 3/4, 4/4 and 6/8, drum and click tracks): a
 * prior learnt from drum grooves alone (centred on 153 BPM) read fast reels at half their tempo and
 * waltzes at 4/3. They are checked on cases not used in fitting: the patterns at tempi half-way
 * between, other seeds and a lighter swing, the genres at a third tempo, and the corpus's test
 * half. Since the alternation counts in threes too they were refitted with two more renders of each
 * development tune ({@code bench/corpus/extra_dev.py}, tempi over the whole range of the metre),
 * the weight of the bar of three held at 1.4 (fitted freely it turned negative, bars of three
 * counting against a beat, through its correlation with the alternation). {@code MetricalLevelFit}
 * (test sources) refits them; {@code bench/tempo.sh} and {@code bench/corpus/score.sh} measure
 * them.
 */
final class MetricalLevel {

  /** Ratios of a candidate beat period to the strongest periodicity. */
  static final double[] RATIOS = {0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75, 1, 4.0 / 3, 1.5, 2, 3, 4};

  /**
   * The evidence, each with its weight. The two tempo terms together are the prior: {@code 2.4 x -
   * 3.5 x²} in {@code x = log2(bpm / 120)} is a Gaussian in log2 tempo centred on 152 BPM with a
   * standard deviation of 0.38 octave.
   */
  enum Feature {
    TEMPO_OCTAVES(2.4),
    TEMPO_OCTAVES_SQUARED(-3.5),
    /** Log of the comb salience relative to the best candidate. */
    SALIENCE(3.5),
    /** Autocorrelation at the period. */
    REPEAT(0.50),
    /** Autocorrelation at half the period. */
    EVEN_SUBDIVISION(2.1),
    /** Autocorrelation at a third of the period. */
    TRIPLET_SUBDIVISION(9.3),
    /**
     * Autocorrelation at a third of the period times how much better four thirds of the period
     * repeat than the period itself (0 when they do not): a pulse at a third of the period that
     * groups in fours, not threes, is a grid of sixteenths under a beat four thirds as long (a
     * 3-3-2 figure over sixteenths), not a triplet subdivision of this one.
     */
    TRIPLETS_IN_FOURS(41),
    /** Autocorrelation at four periods less that at two. */
    BAR_OF_FOUR(7.9),
    /** Autocorrelation at three periods less that at two: a bar of three beats. */
    BAR_OF_THREE(1.4),
    /** Accent on the beats less that at the weaker third, whole spectrum. */
    ON_OVER_THIRDS(0.89),
    SNARE_ON_OVER_THIRDS(0.18),
    HAT_ON_OVER_THIRDS(0.59),
    /** Accent on the beats less that half-way, snare register. */
    SNARE_ON_OVER_HALF(0.38),
    /** Accent on even beats against odd ones, per register. */
    SNARE_ALTERNATION(0.44),
    HAT_ALTERNATION(0.30),
    KICK_ALTERNATION(0.52);

    final double weight;

    Feature(double weight) {
      this.weight = weight;
    }
  }

  /**
   * A candidate level.
   *
   * @param period beat period, frames
   * @param features the evidence, indexed by {@link Feature#ordinal()}
   */
  record Candidate(double period, double[] features) {

    double score() {
      double score = 0;
      for (Feature f : Feature.values()) {
        score += f.weight * features[f.ordinal()];
      }
      return score;
    }
  }

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
   * range; {@code strongest} itself when no level is in range.
   */
  double choose(double strongest, TempoEstimator estimator) {
    double best = strongest;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates(strongest, estimator)) {
      double score = c.score();
      if (score > bestScore) {
        bestScore = score;
        best = c.period();
      }
    }
    return best;
  }

  /** The levels of {@code strongest} inside the tempo range, with their evidence. */
  List<Candidate> candidates(double strongest, TempoEstimator estimator) {
    double minPeriod = estimator.periodOf(TempoEstimator.MAX_BPM);
    double maxPeriod = estimator.periodOf(TempoEstimator.MIN_BPM);
    double topSalience = 0;
    for (double r : RATIOS) {
      double p = strongest * r;
      if (p >= minPeriod && p <= maxPeriod) {
        topSalience = Math.max(topSalience, estimator.salience(p));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (double r : RATIOS) {
      double p = strongest * r;
      if (p < minPeriod || p > maxPeriod) {
        continue;
      }
      double[] f = new double[Feature.values().length];
      double octaves = StrictMath.log(estimator.bpmOf(p) / 120) / StrictMath.log(2);
      f[Feature.TEMPO_OCTAVES.ordinal()] = octaves;
      f[Feature.TEMPO_OCTAVES_SQUARED.ordinal()] = octaves * octaves;
      f[Feature.SALIENCE.ordinal()] =
          StrictMath.log(Math.max(estimator.salience(p), 1e-4 * topSalience) / topSalience);
      evidence(p, f);
      out.add(new Candidate(p, f));
    }
    return out;
  }

  private void evidence(double period, double[] f) {
    double phase = full.bestPhase(period);
    f[Feature.REPEAT.ordinal()] = acf.at(period);
    f[Feature.EVEN_SUBDIVISION.ordinal()] = acf.at(period / 2);
    f[Feature.TRIPLET_SUBDIVISION.ordinal()] = acf.at(period / 3);
    f[Feature.TRIPLETS_IN_FOURS.ordinal()] =
        Math.max(0, acf.at(period / 3)) * Math.min(0, acf.at(period) - acf.at(4 * period / 3));
    f[Feature.BAR_OF_FOUR.ordinal()] = acf.at(4 * period) - acf.at(2 * period);
    f[Feature.BAR_OF_THREE.ordinal()] = acf.at(3 * period) - acf.at(2 * period);
    f[Feature.ON_OVER_THIRDS.ordinal()] = onOverThirds(full, period, phase);
    f[Feature.SNARE_ON_OVER_THIRDS.ordinal()] = onOverThirds(mid, period, phase);
    f[Feature.HAT_ON_OVER_THIRDS.ordinal()] = onOverThirds(high, period, phase);
    f[Feature.SNARE_ON_OVER_HALF.ordinal()] =
        mid.accent(period, phase, 0) - mid.accent(period, phase, 0.5);
    f[Feature.SNARE_ALTERNATION.ordinal()] = alternation(mid, period, phase);
    f[Feature.HAT_ALTERNATION.ordinal()] = alternation(high, period, phase);
    f[Feature.KICK_ALTERNATION.ordinal()] = alternation(low, period, phase);
  }

  private static double onOverThirds(PulseGrid grid, double period, double phase) {
    return grid.accent(period, phase, 0)
        - Math.min(grid.accent(period, phase, 1.0 / 3), grid.accent(period, phase, 2.0 / 3));
  }

  /**
   * The accent contrast of the beats grouped in twos or in threes, whichever is larger: a bar of
   * three (a waltz's kick on 1, hats on 2 and 3) contrasts in threes as a bar of two or four does
   * in twos. Counted in twos alone, a waltz's beats show no contrast while its dotted half-bars (a
   * kick, then an off-beat hat) do, which read 3/4 drum patterns at two thirds of their tempo.
   */
  private static double alternation(PulseGrid grid, double period, double phase) {
    double twos =
        Math.abs(grid.accent(2 * period, phase, 0) - grid.accent(2 * period, phase + period, 0));
    return Math.max(twos, groupsOfThree(grid, period, phase));
  }

  /** The range of the mean accents of the first, second and third beats of groups of three. */
  private static double groupsOfThree(PulseGrid grid, double period, double phase) {
    double first = grid.accent(3 * period, phase, 0);
    double second = grid.accent(3 * period, phase + period, 0);
    double third = grid.accent(3 * period, phase + 2 * period, 0);
    return Math.max(first, Math.max(second, third)) - Math.min(first, Math.min(second, third));
  }
}
