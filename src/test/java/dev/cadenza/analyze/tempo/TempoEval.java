package dev.cadenza.analyze.tempo;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.spec.TempoResult;
import java.util.Locale;

/**
 * Tempo accuracy over a grid of rendered drum patterns: every 5 BPM from 60 to 200, every {@link
 * DrumPattern}, straight and swung (swing 1 delays every off-beat eighth of the pattern to the
 * triplet position; patterns without off-beat eighths, such as the 6/8 shuffle, are unchanged). A
 * case passes when the estimate is within 4 % of the rendered tempo, with no allowance for octave
 * errors. Prints one row per pattern and the overall percentage. Run by {@code
 * bench/tempo-eval.sh}.
 *
 * <p>Arguments: {@code [seconds]} of audio per case (default 30).
 */
public final class TempoEval {

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int total = 0;
    int passed = 0;
    StringBuilder failures = new StringBuilder();
    System.out.printf(Locale.ROOT, "%-12s %-6s %s%n", "pattern", "swing", "within 4 % / cases");
    for (DrumPattern pattern : DrumPattern.values()) {
      for (double swing : new double[] {0, 1}) {
        int rowTotal = 0;
        int rowPassed = 0;
        for (int bpm = 60; bpm <= 200; bpm += 5) {
          int bars = Math.max(4, (int) Math.round(seconds * bpm / 60.0 / pattern.beatsPerBar));
          long seed = 1000L * bpm + pattern.ordinal() * 10L + (swing > 0 ? 1 : 0);
          DrumRenderer.Take take = DrumRenderer.render(pattern, bpm, swing, bars, seed);
          TempoResult result = analyse(take);
          Double estimate = result.tempo().bpm();
          boolean ok = estimate != null && Math.abs(estimate / bpm - 1) <= 0.04;
          rowTotal++;
          if (ok) {
            rowPassed++;
          } else {
            failures.append(
                String.format(
                    Locale.ROOT,
                    "  %s swing %.0f at %d BPM: %s (seed %d)%n",
                    pattern,
                    swing,
                    bpm,
                    estimate,
                    seed));
          }
        }
        total += rowTotal;
        passed += rowPassed;
        System.out.printf(
            Locale.ROOT, "%-12s %-6.0f %3d / %3d%n", pattern, swing, rowPassed, rowTotal);
      }
    }
    System.out.print(failures);
    System.out.printf(
        Locale.ROOT,
        "overall: %d / %d = %.1f %% within 4 %% of the rendered tempo (no octave allowance)%n",
        passed,
        total,
        100.0 * passed / total);
  }

  static TempoResult analyse(DrumRenderer.Take take) {
    TempoAnalyzer analyzer = new TempoAnalyzer(DrumRenderer.RATE);
    for (AudioBlock block : take.blocks(4096)) {
      analyzer.accept(block);
    }
    return analyzer.result();
  }
}
