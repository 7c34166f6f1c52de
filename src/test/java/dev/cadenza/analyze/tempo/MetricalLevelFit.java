package dev.cadenza.analyze.tempo;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Refits the weights of {@link MetricalLevel.Feature}: a conditional logit (the probability of a
 * candidate level is the softmax of the scores over the candidates of its case), fitted by gradient
 * descent with a small L2 penalty on standardised features, on the tuning sets of {@link
 * TempoEval}: the drum patterns every 5 BPM from 60 to 200, straight and swung, and the genre
 * tracks at their two tuning tempi (each weighted {@value #GENRE_WEIGHT} times, as there are
 * fewer), and the steady tracks of the evaluation corpus's development half when it is built
 * ({@link CorpusTracks}: folk dance tunes from 60 to 190 BPM in 2/4, 3/4, 4/4 and 6/8, drum and
 * click tracks; each weighted {@value #CORPUS_WEIGHT} times). Prints the weights to two significant
 * digits, to be copied into {@code MetricalLevel}, and the share of tuning cases they get right.
 * The held-out sets are measured by {@code bench/tempo.sh}.
 *
 * <p>{@code -Dcorpus.extra=FOLDER[,FOLDER]} adds the tracks of more development renders ({@code
 * bench/corpus/extra_dev.py}, weighted as the corpus); {@code -Dfit.keep=FEATURE[,FEATURE]} holds
 * those features at their weight in {@code MetricalLevel}. The weights there were fitted with the
 * extra renders of {@code extra_dev.py build /tmp/extra} and {@code -Dfit.keep=BAR_OF_THREE}.
 */
public final class MetricalLevelFit {

  static final int GENRE_WEIGHT = 20;
  static final int CORPUS_WEIGHT = 8;
  private static final double PENALTY = 0.003;
  private static final double RATE = 0.1;
  private static final int ITERATIONS = 3000;

  /** The candidates of one case and which of them are right. */
  private record Case(
      String set, String name, double[][] features, boolean[] right, double weight) {}

  public static void main(String[] args) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (DrumPattern pattern : DrumPattern.values()) {
      for (double swing : new double[] {0, 1}) {
        for (int bpm = 60; bpm <= 200; bpm += 5) {
          int bars = Math.max(4, (int) Math.round(30 * bpm / 60.0 / pattern.beatsPerBar));
          long seed = 1000L * bpm + pattern.ordinal() * 10L + (swing > 0 ? 1 : 0);
          TempoAnalyzer analyzer = new TempoAnalyzer(DrumRenderer.RATE);
          for (AudioBlock block :
              DrumRenderer.render(pattern, bpm, swing, bars, seed).blocks(4096)) {
            analyzer.accept(block);
          }
          cases.add(caseOf("patterns", pattern + " " + bpm, analyzer, bpm, 1));
        }
      }
    }
    for (GeneratedTracks.Prompt prompt : GeneratedTracks.tuningPrompts()) {
      try (AudioSource source = GeneratedTracks.mixdown(prompt.text())) {
        TempoAnalyzer analyzer = new TempoAnalyzer(source.format().sampleRate());
        AudioBlock block = new AudioBlock(source.format().channels(), 4096);
        while (source.read(block) > 0) {
          analyzer.accept(block);
        }
        cases.add(caseOf("genres", prompt.text(), analyzer, prompt.bpm(), GENRE_WEIGHT));
      }
    }
    for (CorpusTracks.Track track : CorpusTracks.of("dev")) {
      if (track.bpm() != null) {
        cases.add(
            caseOf("corpus", track.id(), CorpusTracks.fed(track), track.bpm(), CORPUS_WEIGHT));
      }
    }
    for (String extra : System.getProperty("corpus.extra", "").split(",")) {
      if (extra.isEmpty()) {
        continue;
      }
      for (CorpusTracks.Track track : CorpusTracks.of(java.nio.file.Path.of(extra), "dev")) {
        if (track.bpm() != null) {
          cases.add(
              caseOf("extra", track.id(), CorpusTracks.fed(track), track.bpm(), CORPUS_WEIGHT));
        }
      }
    }
    double[] weights = fit(cases);
    MetricalLevel.Feature[] names = MetricalLevel.Feature.values();
    for (int j = 0; j < names.length; j++) {
      System.out.printf(
          Locale.ROOT,
          "%-22s %s%n",
          names[j],
          new java.math.BigDecimal(weights[j]).round(new java.math.MathContext(2)).toPlainString());
    }
    double[] current = new double[names.length];
    for (MetricalLevel.Feature f : names) {
      current[f.ordinal()] = f.weight;
    }
    report(cases, current, "the weights in MetricalLevel");
    report(cases, weights, "the weights above");
  }

  /** The share of cases right per set with some weights, and the misses outside the patterns. */
  private static void report(List<Case> cases, double[] weights, String title) {
    Map<String, int[]> bySet = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    for (Case c : cases) {
      int best = 0;
      for (int i = 1; i < c.features().length; i++) {
        if (dot(weights, c.features()[i]) > dot(weights, c.features()[best])) {
          best = i;
        }
      }
      int[] counts = bySet.computeIfAbsent(c.set(), w -> new int[2]);
      counts[0] += c.right()[best] ? 1 : 0;
      counts[1]++;
      if (!c.right()[best]) {
        misses.append(' ').append(c.name()).append(';');
      }
    }
    System.out.printf(Locale.ROOT, "tuning cases right with %s:%n", title);
    bySet.forEach(
        (set, counts) ->
            System.out.printf(Locale.ROOT, "  %-8s %3d / %3d%n", set, counts[0], counts[1]));
    System.out.printf(Locale.ROOT, "  missed:%s%n", misses);
  }

  private static Case caseOf(
      String set, String name, TempoAnalyzer analyzer, double truth, double weight) {
    double[][] curves = analyzer.curves();
    TempoEstimator estimator =
        new TempoEstimator(curves[0], curves[1], curves[2], curves[3], analyzer.frameRate());
    double strongest = estimator.periodOf(estimator.peaks().get(0)[0]);
    List<MetricalLevel.Candidate> candidates = estimator.level().candidates(strongest, estimator);
    double[][] features = new double[candidates.size()][];
    boolean[] right = new boolean[candidates.size()];
    for (int i = 0; i < features.length; i++) {
      features[i] = candidates.get(i).features();
      right[i] = Math.abs(estimator.bpmOf(candidates.get(i).period()) / truth - 1) <= 0.04;
    }
    return new Case(set, name, features, right, weight);
  }

  /** Weights on the raw features. */
  static double[] fit(List<Case> cases) {
    int m = MetricalLevel.Feature.values().length;
    double[] mean = new double[m];
    double[] sd = new double[m];
    double rows = 0;
    for (Case c : cases) {
      for (double[] f : c.features()) {
        for (int j = 0; j < m; j++) {
          mean[j] += c.weight() * f[j];
          sd[j] += c.weight() * f[j] * f[j];
        }
        rows += c.weight();
      }
    }
    for (int j = 0; j < m; j++) {
      mean[j] /= rows;
      sd[j] = StrictMath.sqrt(Math.max(0, sd[j] / rows - mean[j] * mean[j])) + 1e-9;
    }
    double total = 0;
    for (Case c : cases) {
      total += hasRight(c) ? c.weight() : 0;
    }
    double[] w = new double[m];
    // Features named in -Dfit.keep hold their weight in MetricalLevel (a bar of three must not
    // count against a beat, whatever a correlated feature does).
    java.util.Set<String> keep = java.util.Set.of(System.getProperty("fit.keep", "").split(","));
    for (MetricalLevel.Feature f : MetricalLevel.Feature.values()) {
      if (keep.contains(f.name())) {
        w[f.ordinal()] = f.weight * sd[f.ordinal()];
      }
    }
    for (int it = 0; it < ITERATIONS; it++) {
      double[] gradient = new double[m];
      for (int j = 0; j < m; j++) {
        gradient[j] = PENALTY * w[j];
      }
      for (Case c : cases) {
        if (!hasRight(c)) {
          continue;
        }
        int n = c.features().length;
        double[][] z = new double[n][m];
        double[] s = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        int rightCount = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < m; j++) {
            z[i][j] = (c.features()[i][j] - mean[j]) / sd[j];
          }
          s[i] = dot(w, z[i]);
          max = Math.max(max, s[i]);
          rightCount += c.right()[i] ? 1 : 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
          s[i] = StrictMath.exp(s[i] - max);
          sum += s[i];
        }
        for (int i = 0; i < n; i++) {
          double target = c.right()[i] ? 1.0 / rightCount : 0;
          double residual = target - s[i] / sum;
          for (int j = 0; j < m; j++) {
            gradient[j] -= c.weight() * residual * z[i][j] / total;
          }
        }
      }
      for (int j = 0; j < m; j++) {
        if (!keep.contains(MetricalLevel.Feature.values()[j].name())) {
          w[j] -= RATE * gradient[j];
        }
      }
    }
    double[] raw = new double[m];
    for (int j = 0; j < m; j++) {
      raw[j] = w[j] / sd[j];
    }
    return raw;
  }

  private static boolean hasRight(Case c) {
    for (boolean r : c.right()) {
      if (r) {
        return true;
      }
    }
    return false;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }
}
