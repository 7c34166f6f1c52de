package dev.cadenza.qa;

import dev.cadenza.analyze.key.KeyEstimator;
import dev.cadenza.music.Tonics;
import java.util.List;

/**
 * How clearly a chroma says one key rather than its neighbours: the relative key, the parallel key
 * and the keys of the fourth and fifth degree in the same mode, the readings a key detector
 * confuses it with most (they share six of seven scale notes, or the tonic). The margin is the
 * asked key's fit (the Pearson correlation with its Krumhansl–Kessler profile, as {@link
 * KeyEstimator} ranks keys) less the best neighbour's.
 */
final class KeyClarity {

  /**
   * The asked key against its best neighbour.
   *
   * @param margin the asked key's fit less the neighbour's; negative when the neighbour fits better
   * @param runnerUp the neighbour, as "C major"
   */
  record Clarity(double margin, String runnerUp) {}

  private KeyClarity() {}

  /**
   * @param chroma twelve pitch-class weights, C first
   * @param tonic the asked key's tonic pitch class
   * @param minor whether the asked key is in the minor family
   */
  static Clarity of(List<Double> chroma, int tonic, boolean minor) {
    double asked = KeyEstimator.fit(chroma, tonic, minor);
    // Relative (a minor third down from a major tonic, up from a minor one), parallel, IV, V.
    int[][] neighbours = {
      {Math.floorMod(tonic + (minor ? 3 : -3), 12), minor ? 0 : 1},
      {tonic, minor ? 0 : 1},
      {Math.floorMod(tonic + 5, 12), minor ? 1 : 0},
      {Math.floorMod(tonic + 7, 12), minor ? 1 : 0},
    };
    double best = Double.NEGATIVE_INFINITY;
    int[] runnerUp = neighbours[0];
    for (int[] n : neighbours) {
      double fit = KeyEstimator.fit(chroma, n[0], n[1] == 1);
      if (fit > best) {
        best = fit;
        runnerUp = n;
      }
    }
    boolean runnerUpMinor = runnerUp[1] == 1;
    return new Clarity(
        asked - best,
        Tonics.leadSheet(runnerUp[0], runnerUpMinor) + (runnerUpMinor ? " minor" : " major"));
  }
}
