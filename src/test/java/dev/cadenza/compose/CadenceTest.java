package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TrackSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every section closes on its key: the last bar's chord has the tonic as its root, and in major and
 * minor keys the chord before it holds the leading tone (a semitone under the tonic). The tonic and
 * leading tone are worked out here from the key's name, not by the composer.
 */
class CadenceTest {
  private static final Map<String, Integer> PITCH_CLASS =
      Map.ofEntries(
          Map.entry("C", 0),
          Map.entry("C#", 1),
          Map.entry("Db", 1),
          Map.entry("D", 2),
          Map.entry("Eb", 3),
          Map.entry("E", 4),
          Map.entry("F", 5),
          Map.entry("F#", 6),
          Map.entry("G", 7),
          Map.entry("Ab", 8),
          Map.entry("G#", 8),
          Map.entry("A", 9),
          Map.entry("Bb", 10),
          Map.entry("B", 11));

  @ParameterizedTest
  @CsvSource({
    "house, 124, A, minor, 60",
    "techno, 130, F, minor, 90",
    "trance, 136, G, major, 60",
    "drum and bass, 174, F, minor, 60",
    "trap, 140, C#, minor, 60",
    "lofi hip hop, 80, Eb, major, 60",
    "boom bap, 90, Bb, minor, 60",
    "pop, 118, G, major, 150",
    "pop, 100, B, minor, 60",
    "rock, 128, E, major, 60",
    "folk, 92, G, minor, 60",
    "classical, 100, Eb, major, 60",
    "jazz, 140, Bb, major, 60",
    "blues, 96, A, major, 120",
    "ambient, 70, F#, major, 60",
    "chiptune, 150, B, minor, 60",
  })
  void everySectionClosesOnTheTonicAfterTheLeadingTone(
      String genre, double bpm, String tonic, String mode, double seconds) {
    TrackSpec spec =
        Specs.of(genre, bpm, tonic, mode, "4/4", null, seconds, List.of(), List.of(), 1);
    Arrangement a = Composer.standard().compose(spec, 1);
    int tonicPc = PITCH_CLASS.get(tonic);
    int leadingTone = Math.floorMod(tonicPc - 1, 12);
    assertThat(a.sections()).hasSizeGreaterThan(1);
    for (FormSection s : a.sections()) {
      int last = s.firstBar() + s.bars() - 1;
      assertThat(chordAt(a, last).root()).as("%s bar %d", s.label(), last).isEqualTo(tonicPc);
      if (s.bars() >= 3) {
        assertThat(chordAt(a, last - 1).pitchClasses())
            .as("%s bar %d", s.label(), last - 1)
            .contains(leadingTone);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "house at 124 bpm in A minor",
    "pop at 100 bpm in D minor",
    "trap at 140 bpm in E minor"
  })
  void aLoopEndsOnTheDominantThatLeadsBackToItsTonicStart(String prompt) throws Exception {
    TrackSpec spec = PromptParser.standard().parse(prompt + ", 16 bars, loopable");
    Arrangement a = Composer.standard().compose(spec, 3);
    int tonicPc = PITCH_CLASS.get(spec.key().tonic());
    int lastBar = (int) Math.round(a.durationSeconds() / a.barSeconds()) - 1;
    assertThat(chordAt(a, 0).root()).isEqualTo(tonicPc);
    assertThat(chordAt(a, lastBar).root()).isEqualTo(Math.floorMod(tonicPc + 7, 12));
    assertThat(chordAt(a, lastBar).pitchClasses()).contains(Math.floorMod(tonicPc - 1, 12));
  }

  @ParameterizedTest
  @CsvSource({"techno at 130 bpm in D dorian", "house at 124 bpm in E phrygian"})
  void aChurchModeKeepsItsOwnFifthButStillLandsOnTheTonic(String prompt) throws Exception {
    TrackSpec spec = PromptParser.standard().parse(prompt + ", 60 seconds");
    Arrangement a = Composer.standard().compose(spec, 1);
    int tonicPc = PITCH_CLASS.get(spec.key().tonic());
    for (FormSection s : a.sections()) {
      int last = s.firstBar() + s.bars() - 1;
      assertThat(chordAt(a, last).root()).isEqualTo(tonicPc);
    }
    // Dorian and phrygian have a minor seventh degree: no chord borrows the leading tone.
    for (ChordSpan c : a.chords()) {
      assertThat(c.pitchClasses()).doesNotContain(Math.floorMod(tonicPc - 1, 12));
    }
  }

  private static ChordSpan chordAt(Arrangement a, int bar) {
    double t = (bar + 0.5) * a.barSeconds();
    return a.chords().stream().filter(c -> c.start() <= t && t < c.end()).findFirst().orElseThrow();
  }
}
