package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At a cadence (the tonic chord right after the dominant) the pad's third is reached from the
 * fourth above the root in the bar's first half: a 4-3 suspension. In G major the tonic's third is
 * B (pitch class 11), its fourth C (0).
 */
class PadSuspensionTest {

  @Test
  void thePadLeansIntoEachCadenceFromTheFourth() {
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of("pop", 120, "G", "major", "4/4", null, 120, List.of(), List.of(), 1), 1);
    Part pad = a.parts().stream().filter(p -> p.role().equals("pad")).findFirst().orElseThrow();
    double bar = a.barSeconds();
    int cadences = 0;
    for (int i = 1; i + 1 < a.chords().size(); i++) {
      ChordSpan c = a.chords().get(i);
      if (c.root() != 7 || a.chords().get(i - 1).root() != 2 || c.end() - c.start() > bar + 1e-9) {
        continue;
      }
      cadences++;
      List<Integer> first = pitchClassesStartingAt(pad, c.start());
      List<Integer> second = pitchClassesStartingAt(pad, c.start() + bar / 2);
      assertThat(first).as("bar at %.2f s", c.start()).contains(0).doesNotContain(11);
      // the final chorus adds its counter-line's notes (chord tones, never C) to the pad
      assertThat(second).as("bar at %.2f s", c.start()).contains(11).doesNotContain(0);
    }
    assertThat(cadences).isPositive();
  }

  private static List<Integer> pitchClassesStartingAt(Part part, double t) {
    return part.notes().stream()
        .filter(n -> Math.abs(n.event().startSeconds() - t) < 1e-9)
        .map(n -> Math.floorMod(n.event().pitch(), 12))
        .toList();
  }
}
