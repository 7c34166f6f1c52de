package dev.cadenza.produce;

import dev.cadenza.mix.MasteringPlan;
import dev.cadenza.mix.Target;
import dev.cadenza.spec.QaReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to change after a failed QA, check by check: loudness and peaks are fixed in the master
 * (more limiting allowed, a lower ceiling, an aim corrected by the miss); tempo and key that the
 * audio does not carry clearly are fixed in the arrangement (louder drums for the beat, louder
 * harmony for the key, and a new seed); anything else gets a new seed.
 */
final class Retry {
  private Retry() {}

  /** Most limiting a retry may allow, in LU. */
  static final double LIMITING_CAP = 20;

  /**
   * The knobs an attempt is made with.
   *
   * @param seed composition and rendering seed
   * @param target master's loudness and ceiling
   * @param maxLimitingLu limiting allowed
   * @param stemGainDb extra gain per stem role
   * @param changes what differs from the attempt before, in words
   */
  record Settings(
      long seed,
      Target target,
      double maxLimitingLu,
      Map<String, Double> stemGainDb,
      List<String> changes) {}

  static Settings next(Settings s, QaReport qa, MasteringPlan plan) {
    List<String> changes = new ArrayList<>();
    long seed = s.seed();
    Target target = s.target();
    double limiting = s.maxLimitingLu();
    Map<String, Double> gains = new TreeMap<>(s.stemGainDb());
    boolean reseed = false;
    for (QaReport.Check check : qa.checks()) {
      if (check.passed()) {
        continue;
      }
      switch (check.name()) {
        case "integratedLoudness" -> {
          if (!plan.reached() && limiting < LIMITING_CAP) {
            double more = Math.min(LIMITING_CAP, limiting + 4);
            changes.add(
                String.format(Locale.ROOT, "limiting allowed %.0f -> %.0f LU", limiting, more));
            limiting = more;
          } else if (plan.reached()
              && check.measured() instanceof Number measured
              && target.lufs() != null) {
            // The master landed but QA reads it elsewhere (its own meter, after dithering): aim off
            // by the miss.
            double aim = target.lufs() + (target.lufs() - measured.doubleValue());
            changes.add(
                String.format(Locale.ROOT, "loudness aim %.2f -> %.2f LUFS", target.lufs(), aim));
            target = new Target(target.name(), Math.min(0, aim), target.truePeakDbtp());
          }
        }
        case "truePeak", "clipping" -> {
          // A true peak over the ceiling is lowered by the overshoot and a margin; clipped runs
          // (counted, not in dB) by half a dB.
          double over =
              check.name().equals("truePeak") && check.measured() instanceof Number m
                  ? Math.max(0, m.doubleValue() - target.truePeakDbtp()) + 0.2
                  : 0.5;
          double lower = Math.max(-20, target.truePeakDbtp() - over);
          changes.add(
              String.format(
                  Locale.ROOT, "limiter ceiling %.2f -> %.2f dBTP", target.truePeakDbtp(), lower));
          target = new Target(target.name(), target.lufs(), lower);
        }
        case "tempo" -> {
          // Read at double the tempo, the beat's subdivisions already stand out (hats on the
          // eighths); louder drums would stress them more, so only the seed changes.
          if (!readAtDouble(check)) {
            bump(gains, "drums", 3, changes);
          }
          reseed = true;
        }
        case "key" -> {
          // The chords and pad carry the third that tells a key from its parallel and relative;
          // the bass states the root and fifth they share, so it steps back.
          bump(gains, "bass", -2, changes);
          bump(gains, "chords", 3, changes);
          bump(gains, "pad", 3, changes);
          bump(gains, "drums", -2, changes);
          reseed = true;
        }
        default -> reseed = true;
      }
    }
    if (reseed) {
      long next = seed + 1;
      changes.add("seed " + seed + " -> " + next);
      seed = next;
    }
    return new Settings(seed, target, limiting, gains, changes);
  }

  private static boolean readAtDouble(QaReport.Check check) {
    return check.measured() instanceof Number m
        && check.expected() instanceof Number e
        && e.doubleValue() > 0
        && Math.abs(m.doubleValue() / e.doubleValue() - 2) <= 0.08;
  }

  private static void bump(
      Map<String, Double> gains, String role, double db, List<String> changes) {
    double now = gains.getOrDefault(role, 0.0) + db;
    gains.put(role, now);
    changes.add(String.format(Locale.ROOT, "%s %+.0f dB", role, db));
  }
}
