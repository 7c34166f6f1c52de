package dev.cadenza.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which progression each section plays, so that verse, chorus and bridge differ in harmony as songs
 * do. The labels of the form take the style's progressions in a seeded order, each varied by
 * substituting chords of the same function (ii for IV, IV for ii or vi), so seeds give more
 * progressions than the style lists. Intros and outros frame the track with the harmony of the
 * section they lead into or out of, as they usually do.
 */
final class SectionProgressions {
  /** Chance that a subdominant-function chord (not the first of the progression) is swapped. */
  private static final double SUBSTITUTE = 0.4;

  private SectionProgressions() {}

  /** The progression of each section label (lower case) of {@code sections}. */
  static Map<String, List<String>> choose(
      List<List<String>> pool,
      List<FormSection> sections,
      boolean twoIsMinor,
      SplittableRandom rng) {
    List<List<String>> order = shuffled(pool, rng);
    Map<String, List<String>> byLabel = new LinkedHashMap<>();
    for (FormSection s : sections) {
      String label = s.label().toLowerCase(Locale.ROOT);
      if (!framing(label) && !byLabel.containsKey(label)) {
        byLabel.put(label, vary(order.get(byLabel.size() % order.size()), twoIsMinor, rng));
      }
    }
    if (byLabel.isEmpty()) {
      byLabel.put("", vary(order.get(0), twoIsMinor, rng));
    }
    List<List<String>> main = new ArrayList<>(byLabel.values());
    for (FormSection s : sections) {
      String label = s.label().toLowerCase(Locale.ROOT);
      if (framing(label)) {
        byLabel.putIfAbsent(label, label.equals("intro") ? main.get(0) : main.get(main.size() - 1));
      }
    }
    return byLabel;
  }

  private static boolean framing(String label) {
    return label.equals("intro") || label.equals("outro");
  }

  private static List<List<String>> shuffled(List<List<String>> pool, SplittableRandom rng) {
    List<List<String>> order = new ArrayList<>(pool);
    for (int i = order.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      order.set(i, order.set(j, order.get(i)));
    }
    return order;
  }

  /**
   * Swaps chords for others of the same harmonic function: IV and ii are both subdominants, and vi
   * before a cadence may become IV. Chords with an explicit quality other than a diatonic seventh
   * (a blues "4:d7", a dominant "5:M") are idiom and stay.
   */
  static List<String> vary(List<String> progression, boolean twoIsMinor, SplittableRandom rng) {
    List<String> out = new ArrayList<>(progression);
    for (int i = 1; i < out.size(); i++) {
      String token = out.get(i);
      String[] parts = token.split(":", 2);
      String quality = parts.length > 1 ? parts[1] : "";
      if (!(quality.isEmpty() || quality.equals("7")) || rng.nextDouble() >= SUBSTITUTE) {
        continue;
      }
      String swapped =
          switch (parts[0]) {
            case "4" -> twoIsMinor ? "2" : null;
            case "2", "6" -> "4";
            default -> null;
          };
      if (swapped != null) {
        out.set(i, quality.isEmpty() ? swapped : swapped + ":" + quality);
      }
    }
    return out;
  }
}
