package dev.cadenza.analyze.tempo;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.spec.TempoResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tempo accuracy: a case passes when the estimate is within 4 % of the true tempo, with no
 * allowance for octave errors. Four sets, each printed as a table with its share of passes:
 *
 * <ol>
 *   <li>patterns, tuning: every 5 BPM from 60 to 200, every {@link DrumPattern}, straight and swung
 *       (swing 1 delays every off-beat eighth of the pattern to the triplet position; patterns
 *       without off-beat eighths, such as the 6/8 shuffle, are unchanged);
 *   <li>patterns, held out: the tempi half-way between (62.5 to 197.5), other seeds, straight and
 *       swing 0.6;
 *   <li>genres, tuning and held out: a track of every genre family made as a user makes it (prompt,
 *       parse, compose, render, mixdown; see {@link GeneratedTracks}), two tempi per genre used in
 *       tuning {@link MetricalLevel} and a third one held out; six genres in 6/8 and 3/4 at three
 *       tempi, none used in tuning;
 *   <li>the example prompts users try first;
 *   <li>the steady tracks of the evaluation corpus's development half, when it is built ({@link
 *       CorpusTracks}; the test half is measured by {@code bench/corpus/score.sh test}).
 * </ol>
 *
 * <p>Arguments: {@code [seconds]} of audio per pattern case (default 30), then optionally the sets
 * to run ({@code tuning held-out genres examples corpus}; all by default). Run by {@code
 * bench/tempo.sh}.
 */
public final class TempoEval {

  public static void main(String[] args) throws IOException {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    List<String> sets =
        args.length > 1
            ? List.of(args).subList(1, args.length)
            : List.of("tuning", "held-out", "genres", "examples", "corpus");
    if (sets.contains("tuning")) {
      patterns("patterns, tuning set", seconds, 60, new double[] {0, 1}, 0);
    }
    if (sets.contains("held-out")) {
      patterns("patterns, held out", seconds, 62.5, new double[] {0, 0.6}, 777_777);
    }
    if (sets.contains("genres")) {
      genres("genres, tuning set", GeneratedTracks.tuningPrompts());
      genres("genres, held out", GeneratedTracks.heldOutPrompts());
      genres("6/8 and 3/4", GeneratedTracks.metrePrompts());
    }
    if (sets.contains("examples")) {
      genres("example prompts", GeneratedTracks.examplePrompts());
    }
    if (sets.contains("corpus")) {
      corpus();
    }
  }

  private static void corpus() throws IOException {
    System.out.println("corpus, development half");
    int passed = 0;
    int total = 0;
    for (CorpusTracks.Track track : CorpusTracks.of("dev")) {
      if (track.bpm() == null) {
        continue;
      }
      TempoResult result = CorpusTracks.fed(track).result();
      Double estimate = result.tempo().bpm();
      total++;
      if (within(estimate, track.bpm())) {
        passed++;
      } else {
        System.out.printf(
            Locale.ROOT,
            "  %-24s %-5s %6.1f -> %s%n",
            track.id(),
            track.metre(),
            track.bpm(),
            estimate == null
                ? "null"
                : String.format(Locale.ROOT, "%.1f (x%.2f)", estimate, estimate / track.bpm()));
      }
    }
    summary("corpus, development half", passed, total);
  }

  private static void patterns(
      String title, int seconds, double firstBpm, double[] swings, long seedOffset) {
    int total = 0;
    int passed = 0;
    StringBuilder failures = new StringBuilder();
    System.out.printf(Locale.ROOT, "%s%n%-12s %-6s %s%n", title, "pattern", "swing", "within 4 %");
    for (DrumPattern pattern : DrumPattern.values()) {
      for (double swing : swings) {
        int rowTotal = 0;
        int rowPassed = 0;
        for (double bpm = firstBpm; bpm <= 200; bpm += 5) {
          int bars = Math.max(4, (int) Math.round(seconds * bpm / 60.0 / pattern.beatsPerBar));
          long seed =
              1000L * (long) bpm + pattern.ordinal() * 10L + (swing > 0 ? 1 : 0) + seedOffset;
          DrumRenderer.Take take = DrumRenderer.render(pattern, bpm, swing, bars, seed);
          Double estimate = analyse(take).tempo().bpm();
          rowTotal++;
          if (within(estimate, bpm)) {
            rowPassed++;
          } else {
            failures.append(
                String.format(
                    Locale.ROOT,
                    "  %s swing %.1f at %.1f BPM: %s (seed %d)%n",
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
            Locale.ROOT, "%-12s %-6.1f %3d / %3d%n", pattern, swing, rowPassed, rowTotal);
      }
    }
    System.out.print(failures);
    summary(title, passed, total);
  }

  private static void genres(String title, List<GeneratedTracks.Prompt> prompts) {
    System.out.printf(Locale.ROOT, "%s%n", title);
    int passed = 0;
    List<String> lines = new ArrayList<>();
    for (GeneratedTracks.Prompt prompt : prompts) {
      Double estimate = GeneratedTracks.analyse(prompt.text()).tempo().bpm();
      boolean ok = within(estimate, prompt.bpm());
      if (ok) {
        passed++;
      }
      lines.add(
          String.format(
              Locale.ROOT, "  %-52s %7s %s", prompt.text(), estimate, ok ? "ok" : "MISS"));
    }
    lines.forEach(System.out::println);
    summary(title, passed, prompts.size());
  }

  private static boolean within(Double estimate, double truth) {
    return estimate != null && Math.abs(estimate / truth - 1) <= 0.04;
  }

  private static void summary(String title, int passed, int total) {
    System.out.printf(
        Locale.ROOT,
        "%s: %d / %d = %.1f %% within 4 %% of the true tempo (no octave allowance)%n%n",
        title,
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
