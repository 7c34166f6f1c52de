package dev.cadenza.analyze.tempo;

import java.util.List;

/**
 * The beat-tracking F-measure of MIREX: an estimated beat is a hit when it lies within a tolerance
 * of a reference beat not matched before; F = 2PR / (P + R).
 */
final class BeatMatch {

  private BeatMatch() {}

  static double fMeasure(List<Double> estimated, double[] reference, double tolerance) {
    if (estimated.isEmpty() || reference.length == 0) {
      return 0;
    }
    boolean[] used = new boolean[reference.length];
    int hits = 0;
    for (double e : estimated) {
      for (int i = 0; i < reference.length; i++) {
        if (!used[i] && Math.abs(reference[i] - e) <= tolerance) {
          used[i] = true;
          hits++;
          break;
        }
      }
    }
    double precision = (double) hits / estimated.size();
    double recall = (double) hits / reference.length;
    return hits == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
