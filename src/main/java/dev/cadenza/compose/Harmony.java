package dev.cadenza.compose;

import dev.cadenza.music.Key;
import java.util.ArrayList;
import java.util.List;

/** Chords from scale degrees of a key, named and voiced with the nearest inversion. */
final class Harmony {
  private static final int LOW = 52;
  private static final int CENTER = 62;

  private Harmony() {}

  /**
   * The pitch classes of a degree token: "6" a diatonic triad on the sixth degree, "2:7" a diatonic
   * seventh chord, "5:d7" a dominant seventh whatever the mode, "5:M" a major triad whatever the
   * mode (the dominant of a minor key, with its leading tone).
   */
  static List<Integer> chordTones(Key key, String token) {
    String[] parts = token.split(":");
    int degree = Integer.parseInt(parts[0]) - 1;
    String quality = parts.length > 1 ? parts[1] : "";
    int root = key.degreePitchClass(degree);
    if (quality.equals("d7")) {
      return List.of(root, (root + 4) % 12, (root + 7) % 12, (root + 10) % 12);
    }
    if (quality.equals("M")) {
      return List.of(root, (root + 4) % 12, (root + 7) % 12);
    }
    List<Integer> tones = new ArrayList<>();
    tones.add(root);
    tones.add(key.degreePitchClass(degree + 2));
    tones.add(key.degreePitchClass(degree + 4));
    if (quality.equals("7") && !minorTonic(key, degree)) {
      tones.add(key.degreePitchClass(degree + 6));
    }
    return tones;
  }

  /**
   * Whether a degree is the tonic of a minor key, which keeps its triad where a style asks for a
   * seventh chord: the minor seventh over a minor tonic completes the relative major's triad (A C E
   * G holds C E G), and independent key finders heard uk garage's Em7 loops as G major on 6 of 8
   * seeds (qm-dsp; 0 of 8 with the triad). A ninth voicing still adds its ninth on top.
   */
  private static boolean minorTonic(Key key, int degree) {
    return key.minor() && degree == 0;
  }

  /** Chord symbol: root name and quality from the intervals above the root. */
  static String symbol(Key key, List<Integer> tones) {
    int root = tones.get(0);
    int third = Math.floorMod(tones.get(1) - root, 12);
    int fifth = Math.floorMod(tones.get(2) - root, 12);
    String triad =
        third == 4 && fifth == 7
            ? ""
            : third == 3 && fifth == 7
                ? "m"
                : third == 3 && fifth == 6 ? "dim" : third == 4 && fifth == 8 ? "aug" : "?";
    String name = key.spell(root);
    if (tones.size() < 4) {
      return name + triad;
    }
    int seventh = Math.floorMod(tones.get(3) - root, 12);
    String q =
        switch (triad + "/" + seventh) {
          case "/11" -> "maj7";
          case "/10" -> "7";
          case "m/10" -> "m7";
          case "m/11" -> "mMaj7";
          case "dim/10" -> "m7b5";
          case "dim/9" -> "dim7";
          case "aug/11" -> "maj7#5";
          default -> triad + "7";
        };
    return name + q;
  }

  /**
   * Voices the chord as close as possible to the previous voicing (smallest total movement over
   * every inversion), or around middle C for the first chord.
   */
  static List<Integer> voice(List<Integer> tones, List<Integer> previous) {
    List<Integer> best = null;
    double bestCost = Double.MAX_VALUE;
    for (int inversion = 0; inversion < tones.size(); inversion++) {
      for (int octave = 0; octave < 2; octave++) {
        List<Integer> v = new ArrayList<>();
        int bass = tones.get(inversion);
        int p = LOW + Math.floorMod(bass - LOW, 12) + 12 * octave;
        v.add(p);
        for (int k = 1; k < tones.size(); k++) {
          int pc = tones.get((inversion + k) % tones.size());
          int next = p + 1 + Math.floorMod(pc - (p + 1), 12);
          v.add(next);
          p = next;
        }
        double cost = cost(v, previous);
        if (cost < bestCost) {
          bestCost = cost;
          best = v;
        }
      }
    }
    return best;
  }

  private static double cost(List<Integer> v, List<Integer> previous) {
    if (previous == null) {
      double mean = v.stream().mapToInt(Integer::intValue).average().orElse(CENTER);
      return Math.abs(mean - CENTER);
    }
    double c = 0;
    for (int i = 0; i < v.size(); i++) {
      c += Math.abs(v.get(i) - previous.get(Math.min(i, previous.size() - 1)));
    }
    // Drifting away from the middle register costs a little, so long progressions stay put.
    double mean = v.stream().mapToInt(Integer::intValue).average().orElse(CENTER);
    return c + 0.25 * Math.abs(mean - CENTER);
  }
}
