package dev.cadenza.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a misspelled genre or instrument name as the name it is within edit distance 1 (words of up
 * to 7 letters) or 2 (longer words), by the optimal-string-alignment distance (insertions,
 * deletions, substitutions, adjacent transpositions) to the vocabulary words whose length is within
 * that distance. A scan of a length's words, not an index of every word with letters deleted: the
 * index (12,051 strings over 399 words) took about a tenth of a {@code cadenza parse} run to build,
 * for the few words of a prompt that are not known, and {@link PromptParser} caches each answer.
 */
final class TypoCorrector {

  static final int LONGEST = 24;

  record Correction(String word, int distance) {}

  /** The vocabulary by length: {@code byLength[n]} holds the words of n characters. */
  private final String[][] byLength;

  TypoCorrector(Set<String> vocabulary) {
    Map<Integer, List<String>> lengths = new HashMap<>();
    for (String word : vocabulary) {
      lengths.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
    }
    byLength = new String[LONGEST + 3][];
    for (int n = 0; n < byLength.length; n++) {
      byLength[n] = lengths.getOrDefault(n, List.of()).toArray(String[]::new);
    }
  }

  static int maxDistance(int length) {
    return length < 4 ? 0 : length <= 7 ? 1 : 2;
  }

  /** The one closest vocabulary word, or null when none is close or two are equally close. */
  Correction correct(String word) {
    int max = maxDistance(word.length());
    if (max == 0 || word.length() > LONGEST) {
      return null;
    }
    // The answer does not depend on the order the candidates are met in: the closest distance
    // wins, then the one candidate of the word's own length, else the one candidate left.
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (int n = word.length() - max; n <= word.length() + max; n++) {
      for (String c : byLength[n]) {
        int d = distanceWithin(word, c, max);
        if (d > max || d > bestDistance) {
          continue;
        }
        if (d < bestDistance) {
          best = c;
          bestDistance = d;
          tie = false;
        } else {
          // "drumm" is as close to "drum" as to "drums": prefer the one of the same length.
          boolean cSame = c.length() == word.length();
          boolean bestSame = best.length() == word.length();
          if (cSame && !bestSame) {
            best = c;
            tie = false;
          } else if (cSame == bestSame) {
            tie = true;
          }
        }
      }
    }
    return best == null || tie ? null : new Correction(best, bestDistance);
  }

  /** Optimal string alignment distance. */
  static int distance(String a, String b) {
    return distanceWithin(a, b, a.length() + b.length());
  }

  /**
   * The optimal string alignment distance when it is at most {@code max}, else {@code max + 1}:
   * only the diagonal band {@code |i - j| <= max} is filled (a cell outside it is farther than
   * {@code max}), and a row whose every cell is past {@code max} ends the work, so an unrelated
   * word costs a few rows instead of the whole table.
   */
  static int distanceWithin(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int far = max + 1;
    if (Math.abs(n - m) > max) {
      return far;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] row = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, far);
    }
    for (int i = 1; i <= n; i++) {
      java.util.Arrays.fill(row, far);
      row[0] = Math.min(i, far);
      int best = row[0];
      for (int j = Math.max(1, i - max); j <= Math.min(m, i + max); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, before[j - 2] + 1);
        }
        row[j] = Math.min(v, far);
        best = Math.min(best, row[j]);
      }
      if (best > max) {
        return far;
      }
      int[] spare = before;
      before = previous;
      previous = row;
      row = spare;
    }
    return previous[m];
  }
}
