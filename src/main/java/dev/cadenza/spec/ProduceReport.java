package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The {@code cadenza.report/1} document {@code cadenza produce} writes: the spec it rendered (with
 * provenance), the manifest of the last attempt, the analysis of the result, its QA verdicts, every
 * attempt with what failed and what was changed, and the time each stage took. Field names before
 * {@code mastering} are fixed in docs/design.md.
 *
 * @param timings seconds per stage, summed over the attempts (parse, reference, generate, mix, qa)
 * @param mastering how the last attempt's master was made
 * @param passed whether the last attempt passed QA
 */
public record ProduceReport(
    String schema,
    TrackSpec spec,
    Manifest manifest,
    Analysis analysis,
    QaReport qa,
    List<Attempt> attempts,
    Map<String, Double> timings,
    Mastering mastering,
    boolean passed) {

  /**
   * One try at the track.
   *
   * @param attempt 1, 2, …
   * @param seed the seed it was composed with
   * @param changes what was changed from the previous attempt, in words (empty for the first)
   * @param failed names of the QA checks that failed
   * @param passed whether every check passed
   */
  public record Attempt(
      int attempt, long seed, List<String> changes, List<String> failed, boolean passed) {}

  /**
   * The master of the last attempt.
   *
   * @param preset preset name, or custom
   * @param targetLufs integrated loudness aimed at (null for none)
   * @param truePeakDbtp ceiling
   * @param outputLufs integrated loudness reached, by the mastering loop's meter
   * @param limitingLu loudness the limiter took away
   * @param reached whether the target was reached within the limiting allowed
   * @param problem why not, or null
   * @param chain the chain that made it, every gain explicit
   */
  public record Mastering(
      String preset,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double targetLufs,
      double truePeakDbtp,
      Double outputLufs,
      double limitingLu,
      boolean reached,
      @JsonInclude(JsonInclude.Include.NON_NULL) String problem,
      ChainSpec chain) {}
}
