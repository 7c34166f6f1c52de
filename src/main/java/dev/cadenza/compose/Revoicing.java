package dev.cadenza.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * A section's turn of the chord voicings: an arranger re-voices the chords of each new section, so
 * a returning verse or chorus does not sound as it did. Section by section the voicing turns over
 * one inversion (its lowest note taken up an octave), then drops one (its top note taken down),
 * then returns to the harmony's own; the chord's notes stay the same.
 */
final class Revoicing {
  private Revoicing() {}

  /** How many ways a section can turn the voicing. */
  static final int TURNS = 3;

  /** The voicing turned for the section of {@code bar}; the final bar keeps the harmony's. */
  static List<Integer> inSection(BarGrid f, int bar, List<Integer> voicing) {
    if (f.finalBar(bar)) {
      return voicing;
    }
    return turned(voicing, f.sectionOfBar()[bar] % TURNS);
  }

  /** Turn 0 the voicing itself, 1 its next inversion up, 2 its inversion below. */
  static List<Integer> turned(List<Integer> voicing, int turn) {
    if (voicing.size() < 2 || turn == 0) {
      return voicing;
    }
    List<Integer> out = new ArrayList<>(voicing);
    int step = turn == 1 ? 12 : -12;
    int moved = out.remove(turn == 1 ? 0 : out.size() - 1) + step;
    while (out.contains(moved)) {
      moved += step; // a doubled note moves past its double
    }
    out.add(moved);
    out.sort(null);
    return out;
  }
}
