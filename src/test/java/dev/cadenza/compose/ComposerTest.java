package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.music.Genre;
import dev.cadenza.music.GenreTable;
import dev.cadenza.music.Key;
import dev.cadenza.spec.TrackSpec;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposerTest {
  private final Composer composer = Composer.standard();

  /** Bar length written out by hand: beats a bar × 60 / bpm (6/8 counts two dotted quarters). */
  @ParameterizedTest
  @CsvSource({
    "drum and bass, 174, 4/4, 4, 60",
    "house, 124, 4/4, 4, 180",
    "lofi hip hop, 80, 4/4, 4, 45",
    "jazz, 140, 3/4, 3, 30",
    "folk, 90, 6/8, 2, 40",
    "pop, 118, 4/4, 4, 7",
    "techno, 130, 7/8, 7, 20",
    "ambient, 70, 4/4, 4, 200",
  })
  void sectionsTileTheDurationOnBarBoundaries(
      String genre, double bpm, String ts, int beatsPerBar, double seconds) {
    TrackSpec spec = Specs.of(genre, bpm, "D", "minor", ts, null, seconds, List.of(), List.of(), 3);
    Arrangement a = composer.compose(spec, 3);
    double bar = beatsPerBar * 60.0 / bpm;
    long expectedBars = Math.max(1, Math.round(seconds / bar));
    assertThat(a.durationSeconds()).isCloseTo(expectedBars * bar, within(1e-9));
    assertThat(a.sections().get(0).start()).isZero();
    for (int i = 0; i < a.sections().size(); i++) {
      FormSection s = a.sections().get(i);
      assertThat(s.end()).isGreaterThan(s.start());
      double startBars = s.start() / bar;
      double endBars = s.end() / bar;
      assertThat(startBars).isCloseTo(Math.rint(startBars), within(1e-9));
      assertThat(endBars).isCloseTo(Math.rint(endBars), within(1e-9));
      if (i > 0) {
        assertThat(s.start()).isEqualTo(a.sections().get(i - 1).end());
      }
    }
    assertThat(a.sections().get(a.sections().size() - 1).end())
        .isCloseTo(a.durationSeconds(), within(1e-9));
    assertThat(a.beats()).hasSize((int) (expectedBars * beatsPerBar));
    for (int i = 0; i < a.beats().size(); i++) {
      assertThat(a.beats().get(i)).isCloseTo(i * 60.0 / bpm, within(1e-9));
    }
    assertThat(a.downbeats()).hasSize((int) expectedBars);
    for (int i = 0; i < a.downbeats().size(); i++) {
      assertThat(a.downbeats().get(i)).isCloseTo(i * bar, within(1e-9));
    }
    // Chords tile the track too, and it ends on the tonic.
    assertThat(a.chords().get(0).start()).isZero();
    assertThat(a.chords().get(a.chords().size() - 1).end())
        .isCloseTo(a.durationSeconds(), within(1e-9));
    assertThat(a.chords().get(a.chords().size() - 1).symbol()).startsWith("Dm");
  }

  @Test
  void noNoteStartsAfterTheLastBar() {
    Arrangement a = composer.compose(Specs.bars("drum and bass", 174, "F", "minor", 24), 9);
    for (Part p : a.parts()) {
      for (Note n : p.notes()) {
        assertThat(n.event().startSeconds()).isLessThan(a.durationSeconds());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "C, major, 1, C",
    "C, major, 5:7, G7",
    "C, major, 2:7, Dm7",
    "C, major, 7:7, Bm7b5",
    "C, major, 4:7, Fmaj7",
    "A, minor, 4:7, Dm7",
    "A, minor, 1:7, Am",
    "F, minor, 6, Db",
    "F, minor, 3, Ab",
    "F, minor, 7, Eb",
    "D, dorian, 4, G",
    "E, phrygian, 2, F",
    "G, mixolydian, 7, F",
    "F, lydian, 2, G",
    "F, lydian, 4, Bdim",
    "A, mixolydian, 4:d7, D7",
    "F#, minor, 4, Bm",
    "Bb, major, 5, F",
    "Eb, minor, 4, Abm",
  })
  void chordsAreNamedFromTheirIntervals(String tonic, String mode, String token, String symbol) {
    Key key = Key.of(tonic, mode);
    assertThat(Harmony.symbol(key, Harmony.chordTones(key, token))).isEqualTo(symbol);
  }

  @Test
  void voiceLeadingMovesEachVoiceLittle() {
    Key c = Key.of("C", "major");
    List<Integer> previous = null;
    for (String t : List.of("1", "5", "6", "4", "1", "5", "6", "4")) {
      List<Integer> v = Harmony.voice(Harmony.chordTones(c, t), previous);
      if (previous != null) {
        for (int i = 0; i < v.size(); i++) {
          // I-V-vi-IV moves no voice more than a fourth with the nearest inversion.
          assertThat(Math.abs(v.get(i) - previous.get(i))).isLessThanOrEqualTo(5);
        }
      }
      assertThat(v).allSatisfy(p -> assertThat(p).isBetween(48, 84));
      previous = v;
    }
  }

  @Test
  void sameSpecAndSeedComposeTheSameTrack() {
    TrackSpec spec = Specs.bars("trap", 140, "G", "minor", 16);
    assertThat(composer.compose(spec, 42)).isEqualTo(composer.compose(spec, 42));
    assertThat(composer.compose(spec, 42).parts()).isNotEqualTo(composer.compose(spec, 43).parts());
  }

  @ParameterizedTest
  @CsvSource({
    "drums, drums",
    "pad, pad",
    "bass, bass",
    "piano, chords",
  })
  void excludedInstrumentsLeaveNoPart(String excluded, String part) {
    TrackSpec spec =
        Specs.of("hip hop", 90, "C", "minor", "4/4", 16, 0, List.of(), List.of(excluded), 1);
    Arrangement a = composer.compose(spec, 1);
    assertThat(a.parts()).extracting(Part::name).doesNotContain(part);
  }

  @Test
  void excludingHiHatsKeepsTheRestOfTheKit() {
    TrackSpec spec =
        Specs.of("house", 124, "A", "minor", "4/4", 16, 0, List.of(), List.of("hi-hat"), 1);
    Part drums =
        composer.compose(spec, 1).parts().stream()
            .filter(p -> p.name().equals("drums"))
            .findFirst()
            .orElseThrow();
    Set<String> voices = new TreeSet<>();
    drums.notes().forEach(n -> voices.add(Styles.standard().voice(n.instrument())));
    assertThat(voices).contains("kick").doesNotContain("closed-hat", "open-hat");
  }

  @Test
  void unknownGenreNamesTheKnownOnes() {
    TrackSpec spec = Specs.bars("polka-step", 120, "C", "major", 8);
    assertThatThrownBy(() -> composer.compose(spec, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown genre \"polka-step\"")
        .hasMessageContaining("drum and bass")
        .hasMessageContaining("house");
  }

  @Test
  void genreNamesAreCaseInsensitiveAndAliasesWork() {
    Arrangement a = composer.compose(Specs.bars("Drum And Bass", 174, "F", "minor", 8), 1);
    assertThat(a.genre()).isEqualTo("drum and bass");
    assertThat(composer.compose(Specs.bars("DNB", 174, "F", "minor", 8), 1).genre())
        .isEqualTo("drum and bass");
  }

  @Test
  void everyGenreOfTheTableHasAStyle() {
    for (Genre g : GenreTable.standard().genres()) {
      assertThat(Styles.standard().forGenre(g)).as(g.name()).isNotNull();
    }
  }

  @Test
  void melodyNotesOnStrongBeatsAreChordTones() {
    TrackSpec spec =
        Specs.of("edm", 128, "E", "minor", "4/4", 32, 0, List.of("drop"), List.of(), 5);
    Arrangement a = composer.compose(spec, 5);
    Part lead = a.parts().stream().filter(p -> p.name().equals("lead")).findFirst().orElseThrow();
    double beat = 60.0 / 128;
    int checked = 0;
    for (Note n : lead.notes()) {
      double beats = n.event().startSeconds() / beat;
      if (Math.abs(beats - Math.rint(beats)) < 1e-6 && Math.rint(beats) % 2 == 0) {
        ChordSpan chord =
            a.chords().stream()
                .filter(c -> c.start() <= n.event().startSeconds() + 1e-9)
                .reduce((x, y) -> y)
                .orElseThrow();
        assertThat(chord.pitchClasses()).contains(Math.floorMod(n.event().pitch(), 12));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(8);
  }

  /**
   * In compound metre a beat divides in three: hats, bass and melody of a 6/8 track start on the
   * eighths of the dotted-quarter beat (within the humanised scatter), never half-way through it,
   * and the bass plays the eighths between the beats too.
   */
  @Test
  void compoundMetrePartsMoveInThreeEighthsABeat() {
    TrackSpec spec =
        Specs.of("folk", 90, "D", "major", "6/8", 16, 0, List.of("chorus"), List.of(), 3);
    Arrangement a = composer.compose(spec, 3);
    double eighth = 60.0 / 90 / 3;
    int betweenBeats = 0;
    for (Part part : a.parts()) {
      for (Note n : part.notes()) {
        boolean checked =
            part.name().equals("bass")
                || part.name().equals("lead")
                || Styles.standard().voice(n.instrument()).equals("closed-hat");
        if (!checked) {
          continue;
        }
        double eighths = n.event().startSeconds() / eighth;
        assertThat(Math.abs(eighths - Math.rint(eighths)) * eighth)
            .as("%s note at %.3f s", n.instrument(), n.event().startSeconds())
            .isLessThan(0.010);
        if (part.name().equals("bass") && Math.floorMod((long) Math.rint(eighths), 3) != 0) {
          betweenBeats++;
        }
      }
    }
    assertThat(betweenBeats).isGreaterThan(10);
  }
}
