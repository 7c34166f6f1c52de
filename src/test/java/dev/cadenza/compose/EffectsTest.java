package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The effects part is placed by the form and develops: it is not one one-shot per section. */
class EffectsTest {
  private static final Composer COMPOSER = Composer.standard();

  private static List<Note> fx(Arrangement a) {
    return a.parts().stream().filter(p -> p.name().equals("fx")).findFirst().orElseThrow().notes();
  }

  private static double end(Note n) {
    return n.event().startSeconds() + n.event().durationSeconds();
  }

  private static Arrangement house(long seed) {
    return COMPOSER.compose(
        Specs.of(
            "house",
            120,
            "A",
            "minor",
            "4/4",
            96,
            0,
            List.of("intro", "verse", "chorus", "verse", "chorus", "outro"),
            List.of(),
            seed),
        seed);
  }

  @Test
  void everyRiserEndsOnABarLineAndThePhraseMarksGrowWithTheBoundary() {
    Arrangement a = house(3);
    double bar = a.barSeconds();
    Set<Long> riserStarts = new HashSet<>();
    fx(a).forEach(n -> riserStarts.add(Math.round(n.event().startSeconds() * 1e6)));
    for (Note n : fx(a)) {
      if (n.instrument().equals("riser")) {
        double bars = end(n) / bar;
        boolean onBarLine = Math.abs(bars - Math.round(bars)) < 1e-6;
        // The last chorus's zips end half a beat (0.25 s) before the mark they double starts.
        boolean zip = riserStarts.contains(Math.round((end(n) + 0.25) * 1e6));
        assertThat(onBarLine || zip).as("riser ending at " + end(n)).isTrue();
      }
    }
    // At 120 bpm a beat is 0.5 s; a chorus's marks into bar 4, 8, 12 of its 16 are at most 1.5,
    // exactly 2 and at most 1.5 beats long, and every 16-bar boundary's (none inside 16 bars) 3.
    FormSection chorus =
        a.sections().stream().filter(s -> s.label().equals("chorus")).findFirst().orElseThrow();
    double eight = chorus.start() + 8 * bar;
    Note into8 =
        fx(a).stream().filter(n -> Math.abs(end(n) - eight) < 1e-6).findFirst().orElseThrow();
    assertThat(into8.event().durationSeconds())
        .isEqualTo(2 * 0.5, org.assertj.core.data.Offset.offset(1e-9));
    for (int j : new int[] {4, 12}) {
      double t = chorus.start() + j * bar;
      Note mark = fx(a).stream().filter(n -> Math.abs(end(n) - t) < 1e-6).findFirst().orElseThrow();
      assertThat(mark.event().durationSeconds()).isLessThanOrEqualTo(1.5 * 0.5 + 1e-9);
    }
  }

  @Test
  void risersIntoTheLiftsGetLongerEachTime() {
    Arrangement a = house(1);
    List<Double> lengths = new ArrayList<>();
    for (FormSection s : a.sections()) {
      for (Note n : fx(a)) {
        boolean longRiser = n.event().durationSeconds() >= a.barSeconds() - 1e-9;
        if (n.instrument().equals("riser") && longRiser && Math.abs(end(n) - s.start()) < 1e-6) {
          lengths.add(n.event().durationSeconds() / a.barSeconds());
        }
      }
    }
    // intro -> verse (0.3 -> 0.55) and both verse -> chorus (0.55 -> 0.8) lift by 0.25: 1, 2, 4
    // bars.
    assertThat(lengths).containsExactly(1.0, 2.0, 4.0);
  }

  @Test
  void aProgrammedIdiomsEffectsHaveAtLeastEightDistinctBarsAndSeedsDiffer() {
    Set<String> distinct = new HashSet<>();
    Arrangement a = house(1);
    for (int bar = 0; bar < 96; bar++) {
      StringBuilder b = new StringBuilder();
      for (Note n : fx(a)) {
        double t = n.event().startSeconds() / a.barSeconds() - bar;
        if (t > -1e-9 && t < 1 - 1e-9) {
          b.append(Math.round(t * 96)).append(n.instrument()).append(' ');
        }
      }
      if (b.length() > 0) {
        distinct.add(b.toString());
      }
    }
    assertThat(distinct).hasSizeGreaterThanOrEqualTo(8);
    assertThat(fx(house(2))).isNotEqualTo(fx(house(1)));
  }

  @Test
  void aPlayedIdiomsEffectsSitOnlyAtSectionBoundaries() {
    Arrangement a =
        COMPOSER.compose(
            Specs.of(
                "rock",
                120,
                "E",
                "major",
                "4/4",
                96,
                0,
                List.of("intro", "verse", "chorus", "verse", "chorus", "outro"),
                List.of(),
                1),
            1);
    Set<Double> boundaries = new HashSet<>();
    a.sections().forEach(s -> boundaries.add(s.start()));
    for (Note n : fx(a)) {
      double at = n.instrument().equals("impact") ? n.event().startSeconds() : end(n);
      assertThat(boundaries.stream().anyMatch(b -> Math.abs(b - at) < 1e-6))
          .as(n.instrument() + " at " + n.event().startSeconds())
          .isTrue();
    }
  }
}
