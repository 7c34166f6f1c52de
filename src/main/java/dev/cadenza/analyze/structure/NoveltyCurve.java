package dev.cadenza.analyze.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the music changes: a Gaussian-tapered checkerboard kernel slid along the diagonal of the
 * self-similarity matrix (after Foote, "Automatic audio segmentation using a measure of audio
 * novelty", ICME 2000). At column {@code i} the novelty is the weighted mean similarity within the
 * stretch before {@code i} and within the stretch after it, less the weighted mean similarity
 * across the two: about 0 inside a homogeneous passage, up to 2 where two unrelated passages meet.
 * Only a band of the matrix as wide as the kernel is ever evaluated, so time and memory grow
 * linearly with the length of the audio.
 */
final class NoveltyCurve {

  private NoveltyCurve() {}

  /**
   * @param matrix the columns' features
   * @param half the kernel's half width in columns
   * @return the novelty of a boundary before each column (0 at column 0)
   */
  static double[] of(FeatureMatrix matrix, int half) {
    return of(matrix, half, matrix::boundarySimilarity);
  }

  /** Similarity of two columns. */
  interface Similarity {
    double of(int i, int j);
  }

  static double[] of(FeatureMatrix matrix, int half, Similarity similarity) {
    int n = matrix.columns();
    double[] taper = new double[2 * half];
    double sigma = half / 2.0;
    for (int a = -half; a < half; a++) {
      double x = a + 0.5;
      taper[a + half] = StrictMath.exp(-0.5 * x * x / (sigma * sigma));
    }
    double[] novelty = new double[n];
    for (int i = 1; i < n; i++) {
      double same = 0;
      double sameWeight = 0;
      double cross = 0;
      double crossWeight = 0;
      for (int a = -half; a < half; a++) {
        int x = i + a;
        if (x < 0 || x >= n) {
          continue;
        }
        for (int b = a + 1; b < half; b++) {
          int y = i + b;
          if (y >= n) {
            break;
          }
          double w = taper[a + half] * taper[b + half];
          double s = similarity.of(x, y);
          if ((a < 0) == (b < 0)) {
            same += w * s;
            sameWeight += w;
          } else {
            cross += w * s;
            crossWeight += w;
          }
        }
      }
      novelty[i] = sameWeight > 0 && crossWeight > 0 ? same / sameWeight - cross / crossWeight : 0;
    }
    return novelty;
  }

  /**
   * The columns where a boundary goes: local maxima of the novelty at least {@code minimum} high
   * and above {@code relative} times the highest peak, chosen strongest first, no two closer than
   * {@code spacing} columns and none closer than {@code spacing} to either end.
   */
  static int[] peaks(double[] novelty, int spacing, double minimum, double relative) {
    int n = novelty.length;
    List<Integer> candidates = new ArrayList<>();
    double highest = 0;
    for (int i = spacing; i <= n - spacing; i++) {
      if (i >= n) {
        break;
      }
      double v = novelty[i];
      boolean peak = (i == 0 || v > novelty[i - 1]) && (i + 1 >= n || v >= novelty[i + 1]);
      if (peak && v >= minimum) {
        candidates.add(i);
        highest = Math.max(highest, v);
      }
    }
    double floor = relative * highest;
    candidates.sort((p, q) -> Double.compare(novelty[q], novelty[p]));
    List<Integer> chosen = new ArrayList<>();
    for (int c : candidates) {
      if (novelty[c] < floor) {
        continue;
      }
      boolean clear = true;
      for (int other : chosen) {
        if (Math.abs(other - c) < spacing) {
          clear = false;
          break;
        }
      }
      if (clear) {
        chosen.add(c);
      }
    }
    int[] result = chosen.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(result);
    return result;
  }
}
