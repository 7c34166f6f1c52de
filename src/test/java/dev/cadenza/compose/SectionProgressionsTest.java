package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SectionProgressionsTest {
  private static FormSection section(String label, int first) {
    return new FormSection(first, first + 8, label, first, 8, 0.6);
  }

  @Test
  void substitutionsKeepEachChordsFunction() {
    List<String> progression = List.of("1", "4", "6", "5", "1:7", "4:7", "4:d7", "5:M");
    for (long seed = 0; seed < 200; seed++) {
      List<String> v = SectionProgressions.vary(progression, true, new SplittableRandom(seed));
      assertThat(v.get(0)).isEqualTo("1");
      assertThat(v.get(1)).isIn("4", "2");
      assertThat(v.get(2)).isIn("6", "4");
      assertThat(v.get(3)).isEqualTo("5");
      assertThat(v.get(5)).isIn("4:7", "2:7");
      assertThat(v.subList(6, 8)).containsExactly("4:d7", "5:M");
    }
  }

  @Test
  void whereTheSecondDegreeIsDiminishedTheSubdominantStays() {
    for (long seed = 0; seed < 200; seed++) {
      List<String> v =
          SectionProgressions.vary(List.of("1", "4", "5", "1"), false, new SplittableRandom(seed));
      assertThat(v).containsExactly("1", "4", "5", "1");
    }
  }

  @Test
  void sectionsTakeDifferentProgressionsAndTheIntroAndOutroFrameThem() {
    List<List<String>> pool =
        List.of(
            List.of("1", "5", "6", "4"), List.of("1", "6", "4", "5"), List.of("6", "4", "1", "5"));
    List<FormSection> form =
        List.of(
            section("intro", 0),
            section("verse", 8),
            section("chorus", 16),
            section("bridge", 24),
            section("outro", 32));
    Set<List<String>> seen = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      var chosen = SectionProgressions.choose(pool, form, false, new SplittableRandom(seed));
      assertThat(chosen.get("intro")).isEqualTo(chosen.get("verse"));
      assertThat(chosen.get("outro")).isEqualTo(chosen.get("bridge"));
      assertThat(Set.of(chosen.get("verse"), chosen.get("chorus"), chosen.get("bridge")))
          .hasSize(3);
      seen.add(chosen.get("verse"));
    }
    // The substitutions give seeds more progressions than the style lists.
    assertThat(seen).hasSizeGreaterThan(pool.size());
  }
}
