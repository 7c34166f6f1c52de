package dev.cadenza.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a misspelled genre or instrument name as the name it is within edit distance 1 (words of up
 * to 7 letters) or 2 (longer words). Candidates are found through a table of every word with up to
 * two letters deleted (the symmetric-delete idea), so a lookup costs a few dozen hash probes
 * instead of a scan of the vocabulary, then confirmed with the optimal-string-alignment distance
 * (insertions, deletions, substitutions, adjacent transpositions).
 */
final class TypoCorrector {

  static final int LONGEST = 24;

  record Correction(String word, int distance) {}

  private final Map<String, List<String>> deletes = new HashMap<>();

  TypoCorrector(Set<String> vocabulary) {
    for (String word : vocabulary.stream().sorted().toList()) {
      for (String d : deletions(word, 2)) {
        deletes.computeIfAbsent(d, k -> new ArrayList<>(2)).add(word);
      }
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
    Set<String> candidates = new HashSet<>();
    for (String d : deletions(word, max)) {
      List<String> words = deletes.get(d);
      if (words != null) {
        candidates.addAll(words);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String c : candidates.stream().sorted().toList()) {
      if (Math.abs(c.length() - word.length()) > max) {
        continue;
      }
      int d = distance(word, c);
      if (d > max) {
        continue;
      }
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance) {
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
    return best == null || tie ? null : new Correction(best, bestDistance);
  }

  /** The word itself and every string made by deleting up to {@code depth} characters. */
  static Set<String> deletions(String word, int depth) {
    Set<String> out = new HashSet<>();
    out.add(word);
    List<String> frontier = List.of(word);
    for (int level = 0; level < depth; level++) {
      List<String> next = new ArrayList<>();
      for (String w : frontier) {
        for (int i = 0; i < w.length(); i++) {
          String d = w.substring(0, i) + w.substring(i + 1);
          if (out.add(d)) {
            next.add(d);
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  /** Optimal string alignment distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
