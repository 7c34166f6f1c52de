package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.synth.NoteEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tune that closes on the tonic over a dominant that holds the leading tone reaches it from that
 * leading tone, a semitone below (in G major: F#, pitch class 6, to G).
 */
class LeadingToneTest {

  @Test
  void eachLandingOnTheTonicOverItsDominantComesFromTheLeadingTone() {
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of("pop", 120, "G", "major", "4/4", null, 120, List.of(), List.of(), 2), 2);
    Part lead = a.parts().stream().filter(p -> p.role().equals("lead")).findFirst().orElseThrow();
    List<NoteEvent> notes = lead.notes().stream().map(Note::event).toList();
    double bar = a.barSeconds();
    int landings = 0;
    for (int i = 1; i < notes.size(); i++) {
      NoteEvent n = notes.get(i);
      boolean held = n.durationSeconds() >= 0.8 * bar;
      double barIndex = n.startSeconds() / bar;
      boolean onBarLine = Math.abs(barIndex - Math.round(barIndex)) < 1e-9;
      if (!held || !onBarLine || Math.floorMod(n.pitch(), 12) != 7) {
        continue;
      }
      ChordSpan before = chordAt(a, n.startSeconds() - bar / 2);
      if (before.root() != 2) {
        continue;
      }
      landings++;
      assertThat(notes.get(i - 1).pitch())
          .as("before %.2f s", n.startSeconds())
          .isEqualTo(n.pitch() - 1);
    }
    assertThat(landings).isPositive();
  }

  private static ChordSpan chordAt(Arrangement a, double t) {
    return a.chords().stream().filter(c -> c.start() <= t && t < c.end()).findFirst().orElseThrow();
  }
}
