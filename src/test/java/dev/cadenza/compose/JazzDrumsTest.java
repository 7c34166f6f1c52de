package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A jazz drummer comps: each seed plays its own snare and kick accents on the swung "and" of the
 * beat (the last of its three triplets), so five seeds of one prompt do not share one drum part.
 */
class JazzDrumsTest {

  private static final Composer COMPOSER = Composer.standard();

  private static List<Note> drums(long seed) {
    Arrangement a =
        COMPOSER.compose(
            Specs.of(
                "jazz",
                140,
                "Bb",
                "major",
                "4/4",
                32,
                0,
                List.of("verse", "chorus", "verse", "chorus"),
                List.of(),
                seed),
            seed);
    return a.parts().stream()
        .filter(p -> p.name().equals("drums"))
        .findFirst()
        .orElseThrow()
        .notes();
  }

  /** Each bar's hits as instrument@triplet (12 to a bar of 4/4 at 140 bpm). */
  private static List<Set<String>> bars(List<Note> notes) {
    double bar = 4 * 60.0 / 140;
    List<Set<String>> out = new ArrayList<>();
    for (Note n : notes) {
      int b = (int) Math.floor((n.event().startSeconds() + 0.02) / bar);
      while (out.size() <= b) {
        out.add(new TreeSet<>());
      }
      long step = Math.round((n.event().startSeconds() - b * bar) / (bar / 12));
      out.get(b).add(n.instrument() + "@" + step);
    }
    return out;
  }

  @Test
  void fiveSeedsShareAtMostHalfTheirDrumBars() {
    List<List<Set<String>>> seeds = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      seeds.add(bars(drums(seed)));
    }
    for (int a = 0; a < seeds.size(); a++) {
      for (int b = 0; b < seeds.size(); b++) {
        if (a == b) {
          continue;
        }
        Set<Set<String>> other = new HashSet<>(seeds.get(b));
        List<Set<String>> played = seeds.get(a).stream().filter(s -> !s.isEmpty()).toList();
        long shared = played.stream().filter(other::contains).count();
        assertThat(shared)
            .as("seed %d in seed %d", a + 1, b + 1)
            .isLessThanOrEqualTo(played.size() / 2);
      }
    }
  }
}
