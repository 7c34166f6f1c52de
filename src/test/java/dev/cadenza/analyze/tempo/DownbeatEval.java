package dev.cadenza.analyze.tempo;

import dev.cadenza.compose.Arrangement;
import dev.cadenza.spec.TempoResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Downbeat accuracy over rendered drum patterns: the mean downbeat F-measure (50 ms) and the share
 * of cases at F ≥ 0.9, per pattern, every 10 BPM from 60 to 200, straight; then the same over
 * generated tracks of every genre and of six in 6/8 and 3/4 (the truth: the downbeats of the
 * composed arrangement). Between them, the time signature read per pattern, straight and swung
 * (swing puts an event at two thirds of the beat, which must not read as compound metre). Run by
 * {@code bench/tempo.sh}; {@code --generated} runs only the second part.
 */
public final class DownbeatEval {

  public static void main(String[] args) throws IOException {
    if (!List.of(args).contains("--generated")) {
      patterns();
      metres();
    }
    generated();
  }

  private static void generated() throws IOException {
    List<GeneratedTracks.Prompt> prompts = new java.util.ArrayList<>();
    prompts.addAll(GeneratedTracks.tuningPrompts());
    prompts.addAll(GeneratedTracks.heldOutPrompts());
    prompts.addAll(GeneratedTracks.metrePrompts());
    int good = 0;
    double sum = 0;
    StringBuilder misses = new StringBuilder();
    for (GeneratedTracks.Prompt prompt : prompts) {
      Arrangement composed = GeneratedTracks.composed(prompt.text());
      TempoResult result;
      try (var reader = GeneratedTracks.mixdown(prompt.text())) {
        result = TempoAnalyzer.analyze(reader);
      }
      double f =
          BeatMatch.fMeasure(result.downbeats(), GeneratedTracks.times(composed.downbeats()), 0.07);
      sum += f;
      if (f >= 0.9) {
        good++;
      } else {
        misses.append(
            String.format(
                Locale.ROOT,
                "%n  %-45s F %.2f (%s, %s)",
                prompt.text(),
                f,
                result.timeSignature(),
                composed.meter().text()));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "generated tracks: mean downbeat F %.2f, %d / %d at F >= 0.9 (70 ms)%s%n",
        sum / prompts.size(),
        good,
        prompts.size(),
        misses);
  }

  private static void metres() {
    int total = 0;
    int good = 0;
    System.out.printf(
        Locale.ROOT, "%-12s %s%n", "pattern", "time signature right, swing 0 / 0.5 / 1");
    for (DrumPattern pattern : DrumPattern.values()) {
      StringBuilder row = new StringBuilder();
      StringBuilder misses = new StringBuilder();
      for (double swing : new double[] {0, 0.5, 1}) {
        int rowGood = 0;
        int n = 0;
        for (int bpm = 60; bpm <= 200; bpm += 10) {
          int bars = Math.max(4, (int) Math.round(30 * bpm / 60.0 / pattern.beatsPerBar));
          long seed = 700L * bpm + pattern.ordinal() + (long) (swing * 2);
          DrumRenderer.Take take = DrumRenderer.render(pattern, bpm, swing, bars, seed);
          String read = TempoEval.analyse(take).timeSignature();
          n++;
          if (pattern.timeSignature.equals(read)) {
            rowGood++;
          } else {
            misses.append(String.format(Locale.ROOT, " %.1f/%d:%s", swing, bpm, read));
          }
        }
        row.append(String.format(Locale.ROOT, " %2d/%2d", rowGood, n));
        total += n;
        good += rowGood;
      }
      System.out.printf(Locale.ROOT, "%-12s%s%s%n", pattern, row, misses);
    }
    System.out.printf(
        Locale.ROOT,
        "time signature: %d / %d = %.1f %% of cases%n",
        good,
        total,
        100.0 * good / total);
  }

  private static void patterns() {
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
