package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.synth.NoteEvent;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last chorus gets a counter-line in the pad: chord tones every half bar, never the lead's
 * pitch class, and never moving in the lead's direction (contrary or oblique motion only).
 */
class CounterMelodyTest {

  @ParameterizedTest
  @CsvSource({"pop, D, major, 3", "pop, A, minor, 8", "house, F, minor, 1", "trance, D, minor, 5"})
  void theLastChorusHasALineThatMovesAgainstTheTune(
      String genre, String tonic, String mode, long seed) {
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of(genre, 120, tonic, mode, "4/4", null, 150, List.of(), List.of(), seed),
                seed);
    List<NoteEvent> lead = events(a, "lead");
    List<NoteEvent> line = events(a, "pad").stream().filter(e -> e.velocity() == 0.55).toList();
    FormSection last =
        a.sections().stream().filter(s -> s.energy() >= 0.75).reduce((x, y) -> y).orElseThrow();
    assertThat(line).hasSizeGreaterThan(8);
    assertThat(line)
        .allMatch(e -> e.startSeconds() >= last.start() && e.startSeconds() < last.end());
    NoteEvent before = null;
    int beforeTune = -1;
    for (NoteEvent e : line) {
      ChordSpan chord = chordAt(a, e.startSeconds());
      int tune = sounding(lead, e.startSeconds());
      assertThat(chord.pitchClasses()).contains(Math.floorMod(e.pitch(), 12));
      assertThat(Math.floorMod(e.pitch(), 12)).isNotEqualTo(Math.floorMod(tune, 12));
      if (before != null && tune != beforeTune) {
        int lineMove = Integer.signum(e.pitch() - before.pitch());
        assertThat(lineMove)
            .as("at %.2f s", e.startSeconds())
            .isNotEqualTo(Integer.signum(tune - beforeTune));
      }
      before = e;
      beforeTune = tune;
    }
  }

  private static List<NoteEvent> events(Arrangement a, String role) {
    return a.parts().stream()
        .filter(p -> p.role().equals(role))
        .flatMap(p -> p.notes().stream())
        .map(Note::event)
        .sorted(Comparator.comparingDouble(NoteEvent::startSeconds))
        .toList();
  }

  private static int sounding(List<NoteEvent> lead, double t) {
    int pitch = -1;
    for (NoteEvent n : lead) {
      if (n.startSeconds() <= t + 1e-9) {
        pitch = n.pitch();
      }
    }
    return pitch;
  }

  private static ChordSpan chordAt(Arrangement a, double t) {
    return a.chords().stream().filter(c -> c.start() <= t && t < c.end()).findFirst().orElseThrow();
  }
}
