package dev.cadenza.compose;

import java.util.ArrayList;
import java.util.List;

/** Lays the sections of a form over a number of bars, on whole bars, in phrase-sized units. */
final class Form {
  private Form() {}

  /**
   * Bar counts for {@code labels} summing to exactly {@code totalBars}: four-bar units shared in
   * proportion to each label's usual length (largest remainder, at least one unit each), the odd
   * bars going to the last section. When there are fewer units than sections the middle of the form
   * is dropped, keeping its start and its ending.
   */
  static List<FormSection> lay(
      List<String> labels, int totalBars, double barSeconds, Styles styles) {
    int unit = totalBars >= 4 * labels.size() ? 4 : 1;
    int units = totalBars / unit;
    List<String> used = new ArrayList<>(labels);
    if (units < used.size()) {
      List<String> kept = new ArrayList<>(used.subList(0, Math.max(0, units - 1)));
      kept.add(units == 1 ? used.get(0) : used.get(used.size() - 1));
      used = kept;
    }
    int n = used.size();
    double[] weight = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      weight[i] = styles.barsOf(used.get(i));
      total += weight[i];
    }
    int[] alloc = new int[n];
    int spare = units - n;
    double[] remainder = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double share = spare * weight[i] / total;
      alloc[i] = 1 + (int) Math.floor(share);
      remainder[i] = share - Math.floor(share);
      given += alloc[i] - 1;
    }
    for (int left = spare - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      alloc[best]++;
      remainder[best] = -1;
    }
    List<FormSection> sections = new ArrayList<>();
    int bar = 0;
    for (int i = 0; i < n; i++) {
      int bars = alloc[i] * unit + (i == n - 1 ? totalBars - units * unit : 0);
      sections.add(section(used.get(i), bar, bars, barSeconds, styles));
      bar += bars;
    }
    return sections;
  }

  /** A section of {@code bars} bars from bar {@code firstBar}, with its kind's usual energy. */
  static FormSection section(
      String label, int firstBar, int bars, double barSeconds, Styles styles) {
    return new FormSection(
        firstBar * barSeconds,
        (firstBar + bars) * barSeconds,
        label,
        firstBar,
        bars,
        styles.energyOf(label));
  }
}
