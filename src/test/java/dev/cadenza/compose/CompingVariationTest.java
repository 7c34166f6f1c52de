package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CompingVariationTest {
  private static Set<Integer> struckAt(List<Note> notes, double t) {
    Set<Integer> pcs = new TreeSet<>();
    for (Note n : notes) {
      if (Math.abs(n.event().startSeconds() - t) < 1e-6) {
        pcs.add(Math.floorMod(n.event().pitch(), 12));
      }
    }
    return pcs;
  }

  @Test
  void theLastBarOfEachFourBarGroupPushesTheNextChordOnItsLastHit() {
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of(
                    "pop",
                    118,
                    "G",
                    "major",
                    "4/4",
                    16,
                    0,
                    List.of("verse", "chorus"),
                    List.of(),
                    3),
                3);
    List<Note> chords =
        a.parts().stream().filter(p -> p.name().equals("chords")).findFirst().orElseThrow().notes();
    for (int bar : new int[] {3, 11}) {
      double barStart = bar * a.barSeconds();
      double last =
          chords.stream()
              .mapToDouble(n -> n.event().startSeconds())
              .filter(t -> t >= barStart && t < barStart + a.barSeconds() - 1e-6)
              .max()
              .orElseThrow();
      assertThat(last)
          .as("the bar's last hit is in its last beat")
          .isGreaterThanOrEqualTo(barStart + 3 * a.beatSeconds() - 1e-6);
      ChordSpan next =
          a.chords().stream()
              .filter(
                  c ->
                      c.start() <= barStart + a.barSeconds() + 1e-6
                          && c.end() > barStart + a.barSeconds() + 1e-6)
              .findFirst()
              .orElseThrow();
      assertThat(struckAt(chords, last))
          .as("bar %d pushes %s", bar, next.symbol())
          .isEqualTo(new TreeSet<>(next.pitchClasses()));
    }
  }
}
