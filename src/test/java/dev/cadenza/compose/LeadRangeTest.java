package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.music.PlayingRanges;
import dev.cadenza.music.PlayingRanges.Range;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lead keeps to the playing range of the instrument it is, and keeps its contour doing so. */
class LeadRangeTest {

  private static final Composer COMPOSER = Composer.standard();

  /** Alto saxophone, sounding: written Bb3-F6 a major sixth (9 semitones) lower, 58-9..89-9. */
  private static final int ALTO_LOW = 58 - 9;

  private static final int ALTO_HIGH = 89 - 9;

  /** A singer's lead line, tenor to soprano: C3 (48) to C6 (84). */
  private static final int VOICE_LOW = 48;

  private static final int VOICE_HIGH = 84;

  private static List<Note> lead(String genre, String tonic, List<String> moods, long seed) {
    TrackSpec spec =
        Specs.of(
            genre,
            120,
            tonic,
            "major",
            "4/4",
            64,
            0,
            List.of("intro", "verse", "chorus", "verse", "chorus", "chorus", "outro"),
            List.of(),
            seed);
    TrackSpec bright = DevelopmentTest.with(spec, Map.of("moods", moods, "energy", 0.95));
    return COMPOSER.compose(bright, seed).parts().stream()
        .filter(p -> p.name().equals("lead"))
        .findFirst()
        .orElseThrow()
        .notes();
  }

  @Test
  void theTableHoldsThePublishedRanges() {
    assertThat(PlayingRanges.table().instrument("alto saxophone").orElseThrow())
        .isEqualTo(new Range("alto saxophone", ALTO_LOW, ALTO_HIGH));
    assertThat(PlayingRanges.table().synth("saxophone").orElseThrow().high()).isEqualTo(ALTO_HIGH);
    // Bb trumpet: written F#3-D6 sounds a major second lower, E3 (52) to C6 (84).
    assertThat(PlayingRanges.table().synth("brass").orElseThrow())
        .isEqualTo(new Range("trumpet", 54 - 2, 86 - 2));
    assertThat(PlayingRanges.table().synth("supersaw")).isEmpty();
  }

  @Test
  void aHighBrightJazzSaxStaysInTheAltoRange() {
    // The top of a happy, high-energy track's last chorus is where the line went above the horn.
    for (long seed = 1; seed <= 6; seed++) {
      List<Note> notes = lead("jazz", "B", List.of("happy", "triumphant"), seed);
      assertThat(notes).isNotEmpty();
      assertThat(notes)
          .as("seed %d", seed)
          .allMatch(n -> n.event().pitch() >= ALTO_LOW && n.event().pitch() <= ALTO_HIGH);
    }
  }

  @Test
  void countryAndGospelLeadsSingInAVoicesRange() {
    for (String genre : List.of("country", "gospel")) {
      for (long seed = 1; seed <= 4; seed++) {
        List<Note> notes = lead(genre, "A", List.of("happy", "uplifting"), seed);
        assertThat(notes).isNotEmpty();
        assertThat(notes)
            .as("%s seed %d", genre, seed)
            .allMatch(n -> n.event().pitch() >= VOICE_LOW && n.event().pitch() <= VOICE_HIGH);
      }
    }
  }

  @Test
  void aLineTooHighMovesDownWholeOctavesKeepingItsIntervals() {
    // 90, 95, 100, 93 over an alto sax: two octaves down fits (66..76), one does not (78..88).
    List<Note> line = line(90, 95, 100, 93);
    Melody.keepInRange(line, new Range("alto saxophone", ALTO_LOW, ALTO_HIGH));
    assertThat(pitches(line)).containsExactly(66, 71, 76, 69);
  }

  @Test
  void aLineWiderThanTheRangeFoldsOnlyTheNotesOutsideIt() {
    // 40..80 spans more than a voice's three octaves can move: 40 folds up to 52, the rest stay.
    List<Note> line = line(60, 40, 80, 72);
    Melody.keepInRange(line, new Range("voice", VOICE_LOW, VOICE_HIGH));
    assertThat(pitches(line)).containsExactly(60, 52, 80, 72);
  }

  private static List<Note> line(int... pitches) {
    List<Note> out = new ArrayList<>();
    for (int i = 0; i < pitches.length; i++) {
      out.add(new Note("saxophone", new NoteEvent(i * 0.5, 0.4, pitches[i], 0.8)));
    }
    return out;
  }

  private static List<Integer> pitches(List<Note> line) {
    return line.stream().map(n -> n.event().pitch()).toList();
  }
}
