package dev.cadenza.analyze.structure;

/**
 * Letters for segments by repetition: each segment takes the letter of the most similar earlier
 * segment when that similarity reaches {@link #SAME}, otherwise the next unused letter. Two
 * segments are compared along their length (time-aligned, each stretched to the shorter one), so
 * the same chords in another order do not count as a repeat.
 */
final class RepetitionLabels {

  /** Aligned similarity from which a segment repeats another. */
  static final double SAME = 0.68;

  /** Below this, a repeat is marked as varied (A'). */
  static final double EXACT = 0.75;

  /** The most positions compared between two segments. */
  static final int MAX_POSITIONS = 64;

  private RepetitionLabels() {}

  /** A segment's label and its similarity to the segment it repeats (NaN for a first). */
  record Label(String text, double similarity) {}

  /**
   * @param matrix the column features
   * @param starts first column of each segment, ascending
   * @param ends end column (exclusive) of each segment
   * @param lag how many columns a repeat may be shifted against the segment it repeats
   */
  static Label[] of(FeatureMatrix matrix, int[] starts, int[] ends, int lag) {
    int count = starts.length;
    Label[] labels = new Label[count];
    int[] letter = new int[count];
    int letters = 0;
    for (int p = 0; p < count; p++) {
      int best = -1;
      double bestSimilarity = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < p; q++) {
        double s = bestAligned(matrix, starts[p], ends[p], starts[q], ends[q], lag);
        if (s > bestSimilarity) {
          bestSimilarity = s;
          best = q;
        }
      }
      if (best >= 0 && bestSimilarity >= SAME) {
        letter[p] = letter[best];
        double shown = Math.max(0, Math.min(1, bestSimilarity));
        String text = name(letter[p]) + (bestSimilarity < EXACT ? "'" : "");
        labels[p] = new Label(text, shown);
      } else {
        letter[p] = letters++;
        labels[p] = new Label(name(letter[p]), Double.NaN);
      }
    }
    return labels;
  }

  /**
   * The best {@link #aligned} similarity with segment B shifted by up to {@code lag} columns either
   * way: boundaries found a column early or late must not hide a repeat.
   */
  static double bestAligned(
      FeatureMatrix matrix, int startA, int endA, int startB, int endB, int lag) {
    double best = Double.NEGATIVE_INFINITY;
    int n = matrix.columns();
    for (int shift = -lag; shift <= lag; shift++) {
      int from = startB + shift;
      int to = endB + shift;
      if (from < 0 || to > n) {
        continue;
      }
      best = Math.max(best, aligned(matrix, startA, endA, from, to));
    }
    return best;
  }

  /** Mean similarity of corresponding positions of two segments. */
  static double aligned(FeatureMatrix matrix, int startA, int endA, int startB, int endB) {
    int lengthA = endA - startA;
    int lengthB = endB - startB;
    int positions = Math.min(MAX_POSITIONS, Math.min(lengthA, lengthB));
    if (positions <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 0;
    for (int t = 0; t < positions; t++) {
      int a = startA + (int) ((t + 0.5) * lengthA / positions);
      int b = startB + (int) ((t + 0.5) * lengthB / positions);
      sum += matrix.similarity(a, b);
    }
    return sum / positions;
  }

  /** A, B, … Z, then AA, AB, … */
  static String name(int index) {
    StringBuilder text = new StringBuilder();
    int i = index;
    do {
      text.insert(0, (char) ('A' + i % 26));
      i = i / 26 - 1;
    } while (i >= 0);
    return text.toString();
  }
}
