package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.music.TimeSignature;
import dev.cadenza.spec.TrackSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a mood does to the lead: where it sits, which way it leans, and that it stays in key. */
class MoodTest {

  private static final Composer COMPOSER = Composer.standard();

  /** The pitch classes of C major: C D E F G A B. */
  private static final Set<Integer> C_MAJOR = Set.of(0, 2, 4, 5, 7, 9, 11);

  private static List<Note> lead(List<String> moods, double energy) {
    TrackSpec spec =
        Specs.of("pop", 120, "C", "major", "4/4", 32, 0, List.of("verse", "chorus"), List.of(), 5);
    TrackSpec coloured = DevelopmentTest.with(spec, Map.of("moods", moods, "energy", energy));
    return COMPOSER.compose(coloured, 4).parts().stream()
        .filter(p -> p.name().equals("lead"))
        .findFirst()
        .orElseThrow()
        .notes();
  }

  @Test
  void aMovedTuneStaysInTheKey() {
    // A register move of a major third (happy) or a fourth (dark, a quiet verse) moves the tune in
    // steps of the key; moved by semitones it would borrow notes of another key.
    for (List<String> moods : List.of(List.of("happy"), List.of("dark"), List.<String>of())) {
      for (double energy : new double[] {0.2, 0.6, 0.95}) {
        List<Note> notes = lead(moods, energy);
        assertThat(notes).isNotEmpty();
        assertThat(notes)
            .as("%s at energy %s", moods, energy)
            .allMatch(n -> C_MAJOR.contains(Math.floorMod(n.event().pitch(), 12)));
      }
    }
  }

  @Test
  void moreEnergyLiftsTheTune() {
    assertThat(mean(lead(List.of(), 0.9))).isGreaterThan(mean(lead(List.of(), 0.2)));
  }

  @Test
  void aRisingContourClimbsAndAFallingOneDescends() {
    TimeSignature meter = TimeSignature.parse("4/4");
    double up = 0;
    double down = 0;
    double level = 0;
    int n = 400;
    for (long seed = 0; seed < n; seed++) {
      up += climb(Melody.motif(meter, 1, 1, new SplittableRandom(seed)));
      down += climb(Melody.motif(meter, 1, -1, new SplittableRandom(seed)));
      level += climb(Melody.motif(meter, 1, 0, new SplittableRandom(seed)));
    }
    assertThat(up / n).isGreaterThan(1);
    assertThat(down / n).isLessThan(-1);
    assertThat(Math.abs(level / n)).isLessThan(1);
  }

  /** Scale steps from a motif's first note to its last. */
  private static int climb(List<Melody.MotifNote> motif) {
    return motif.get(motif.size() - 1).degree() - motif.get(0).degree();
  }

  private static double mean(List<Note> notes) {
    return notes.stream().mapToInt(n -> n.event().pitch()).average().orElseThrow();
  }
}
