package dev.cadenza.analyze.tempo;

import dev.cadenza.spec.TempoResult;
import java.util.Locale;

/**
 * Downbeat accuracy over rendered drum patterns: the mean downbeat F-measure (50 ms) and the share
 * of cases at F ≥ 0.9, per pattern, every 10 BPM from 60 to 200, straight. Run by {@code
 * bench/tempo.sh}.
 */
public final class DownbeatEval {

  public static void main(String[] args) {
    int total = 0;
    int good = 0;
    System.out.printf(Locale.ROOT, "%-12s %s%n", "pattern", "mean downbeat F, cases F >= 0.9");
    for (DrumPattern pattern : DrumPattern.values()) {
      double sum = 0;
      int n = 0;
      int rowGood = 0;
      StringBuilder misses = new StringBuilder();
      for (int bpm = 60; bpm <= 200; bpm += 10) {
        int bars = Math.max(4, (int) Math.round(30 * bpm / 60.0 / pattern.beatsPerBar));
        long seed = 500L * bpm + pattern.ordinal();
        DrumRenderer.Take take = DrumRenderer.render(pattern, bpm, 0, bars, seed);
        TempoResult result = TempoEval.analyse(take);
        double f = BeatMatch.fMeasure(result.downbeats(), take.downbeats(), 0.05);
        sum += f;
        n++;
        if (f >= 0.9) {
          rowGood++;
        } else {
          misses.append(String.format(Locale.ROOT, " %d:%.2f", bpm, f));
        }
      }
      total += n;
      good += rowGood;
      System.out.printf(
          Locale.ROOT, "%-12s %.2f, %2d / %2d%s%n", pattern, sum / n, rowGood, n, misses);
    }
    System.out.printf(
        Locale.ROOT,
        "downbeats: %d / %d = %.1f %% of cases at F >= 0.9%n",
        good,
        total,
        100.0 * good / total);
  }
}
