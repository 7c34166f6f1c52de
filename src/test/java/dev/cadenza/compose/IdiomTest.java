package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Each genre plays its own idiom. The truth is the published pattern of the idiom (a drum primer's
 * grid, the clave, the one drop, the 12-bar form), written here as step numbers of a 16-step bar (0
 * = beat 1, 4 = beat 2, 8 = beat 3, 12 = beat 4; 2, 6, 10, 14 the off-beat eighths), and checked
 * against the onsets of the composed parts. A pattern must hold in at least two thirds of the bars
 * of a loud section, so drum variations and fills may change some bars.
 */
class IdiomTest {
  private static final Set<Integer> BEATS = Set.of(0, 4, 8, 12);
  private static final Set<Integer> OFF_BEAT_EIGHTHS = Set.of(2, 6, 10, 14);

  private static Arrangement compose(String genre, String subgenre, double bpm, String mode) {
    TrackSpec16 spec = new TrackSpec16(genre, subgenre, bpm, mode);
    return Composer.standard().compose(spec.spec(), 7);
  }

  /** 16 bars of one loud section: a drop of the genre at its tempo, in C. */
  private record TrackSpec16(String genre, String subgenre, double bpm, String mode) {
    dev.cadenza.spec.TrackSpec spec() {
      return Specs.of(genre, subgenre, bpm, "C", mode, "4/4", 16, 0, List.of("drop"), List.of(), 7);
    }
  }

  private static List<Note> notes(Arrangement a, String part) {
    return a.parts().stream()
        .filter(p -> p.name().equals(part))
        .findFirst()
        .map(Part::notes)
        .orElse(List.of());
  }

  /**
   * The steps of a bar of {@code steps} where a note of the part (of one instrument, or any when
   * null) starts, each onset taken to its nearest step.
   */
  private static Set<Integer> onsets(
      Arrangement a, String part, String instrument, int bar, int steps) {
    double stepSeconds = a.barSeconds() / steps;
    double start = bar * a.barSeconds();
    Set<Integer> out = new TreeSet<>();
    for (Note n : notes(a, part)) {
      double t = n.event().startSeconds() - start;
      if ((instrument == null || Styles.standard().voice(n.instrument()).equals(instrument))
          && t > -stepSeconds / 2
          && t < a.barSeconds() - stepSeconds / 2) {
        out.add((int) Math.round(t / stepSeconds));
      }
    }
    return out;
  }

  private static List<Note> beforeFinalBar(Arrangement a, List<Note> notes) {
    double end = a.durationSeconds() - a.barSeconds();
    return notes.stream().filter(n -> n.event().startSeconds() < end - 1e-9).toList();
  }

  private static Set<Integer> onsets(Arrangement a, String part, String instrument, int bar) {
    return onsets(a, part, instrument, bar, 16);
  }

  /** Whether the test holds in at least two thirds of the bars before the final one. */
  private static void mostBars(Arrangement a, String what, IntPredicate holds) {
    int bars = (int) Math.round(a.durationSeconds() / a.barSeconds()) - 1;
    int held = 0;
    for (int bar = 0; bar < bars; bar++) {
      held += holds.test(bar) ? 1 : 0;
    }
    assertThat(held)
        .as("%s: bars that hold of %d", what, bars)
        .isGreaterThanOrEqualTo(2 * bars / 3);
  }

  @Test
  void houseIsFourOnTheFloorWithAnOffBeatOpenHatAndOffBeatBass() {
    Arrangement a = compose("house", null, 124, "minor");
    mostBars(a, "kick on every beat", b -> onsets(a, "drums", "kick", b).containsAll(BEATS));
    mostBars(
        a,
        "open hat on every off-beat eighth",
        b -> onsets(a, "drums", "open-hat", b).equals(OFF_BEAT_EIGHTHS));
    mostBars(a, "bass on the off-beats", b -> onsets(a, "bass", null, b).equals(OFF_BEAT_EIGHTHS));
  }

  @Test
  void technoDrivesAKickUnderARumbleBassAndAPercussionLoop() {
    Arrangement a = compose("techno", null, 130, "minor");
    mostBars(a, "kick on every beat", b -> onsets(a, "drums", "kick", b).equals(BEATS));
    mostBars(
        a,
        "bass between the kicks, at least 8 notes",
        b -> {
          Set<Integer> bass = onsets(a, "bass", null, b);
          return bass.size() >= 8 && bass.stream().noneMatch(BEATS::contains);
        });
    mostBars(a, "a rim percussion loop", b -> onsets(a, "drums", "rim", b).size() >= 4);
  }

  @Test
  void tranceRollsSixteenthBassUnderGatedChords() {
    Arrangement a = compose("trance", null, 138, "minor");
    Set<Integer> rolling = new TreeSet<>();
    for (int s = 0; s < 16; s++) {
      if (s % 4 != 0) {
        rolling.add(s);
      }
    }
    mostBars(
        a,
        "bass on the three 16ths after each kick",
        b -> onsets(a, "bass", null, b).equals(rolling));
    double sixteenth = a.barSeconds() / 16;
    List<Note> chords = notes(a, "chords");
    assertThat(chords).isNotEmpty();
    // A gate: chords chopped to at most a 16th, each stopping before the next starts.
    assertThat(beforeFinalBar(a, chords))
        .allSatisfy(n -> assertThat(n.event().durationSeconds()).isLessThan(sixteenth));
    mostBars(a, "12 gated chord hits a bar", b -> onsets(a, "chords", null, b).size() == 12);
  }

  @Test
  void drumAndBassPlaysTheTwoStepAt174() {
    Arrangement a = compose("drum and bass", null, 174, "minor");
    mostBars(
        a,
        "kick on 1 and the and-of-3, snare on 2 and 4",
        b ->
            onsets(a, "drums", "kick", b).equals(Set.of(0, 10))
                && onsets(a, "drums", "snare", b).containsAll(Set.of(4, 12)));
    assertThat(notes(a, "bass"))
        .allSatisfy(n -> assertThat(n.instrument()).isEqualTo("reese-bass"));
    // The reese rolls on every beat under the two-step: struck again with the kick on the
    // and-of-3, the loudest part of the mix would repeat after 10 and 6 sixteenths, a 2/3 pulse.
    mostBars(a, "reese on every beat", b -> onsets(a, "bass", null, b).equals(BEATS));
  }

  @Test
  void dubstepIsHalfTimeAt140WithTheSnareOnThree() {
    Arrangement a = compose("dubstep", null, 140, "minor");
    mostBars(
        a,
        "snare on beat 3 and not on 2 or 4",
        b -> {
          Set<Integer> snare = onsets(a, "drums", "snare", b);
          return snare.contains(8) && !snare.contains(4) && !snare.contains(12);
        });
  }

  @Test
  void trapRollsItsHatsAndGlidesIts808() {
    Arrangement a = compose("trap", null, 140, "minor");
    List<Double> hats = new ArrayList<>();
    notes(a, "drums").stream()
        .filter(n -> Styles.standard().voice(n.instrument()).equals("closed-hat"))
        .forEach(n -> hats.add(n.event().startSeconds()));
    double sixteenth = a.barSeconds() / 16;
    int rolls = 0;
    for (int i = 1; i < hats.size(); i++) {
      rolls += hats.get(i) - hats.get(i - 1) < sixteenth * 0.5 ? 1 : 0;
    }
    assertThat(rolls).as("hat hits closer than half a 16th (rolls)").isGreaterThan(16);
    mostBars(a, "snare on beat 3 (half-time)", b -> onsets(a, "drums", "snare", b).contains(8));
    assertThat(notes(a, "bass")).allSatisfy(n -> assertThat(n.instrument()).isEqualTo("808"));
    assertThat(notes(a, "bass").stream().filter(IdiomTest::glides).count()).isGreaterThan(3);
  }

  @Test
  void drillSlidesItsBassWithinTheBarAndSyncopatesItsSecondSnare() {
    Arrangement a = compose("drill", null, 142, "minor");
    mostBars(
        a,
        "snare on beat 3 and one syncopated snare after it off the beat",
        b -> {
          Set<Integer> snare = onsets(a, "drums", "snare", b);
          return snare.contains(8) && snare.stream().anyMatch(s -> s > 8 && s % 2 == 1);
        });
    mostBars(
        a,
        "two or more bass glides inside the bar",
        b ->
            notes(a, "bass").stream()
                    .filter(n -> (int) (n.event().startSeconds() / a.barSeconds() + 1e-9) == b)
                    .filter(IdiomTest::glides)
                    .count()
                >= 2);
  }

  private static boolean glides(Note n) {
    return n.event().param(NoteEvent.SLIDE_FROM, -1) > 0;
  }

  @Test
  void reggaeDropsBeatOneAndSkanksOnTwoAndFour() {
    Arrangement a = compose("reggae", null, 75, "major");
    mostBars(
        a,
        "one drop: no kick on beat 1, kick and cross-stick on beat 3",
        b ->
            !onsets(a, "drums", "kick", b).contains(0)
                && onsets(a, "drums", "kick", b).contains(8)
                && onsets(a, "drums", "rim", b).contains(8));
    mostBars(a, "skank on 2 and 4 only", b -> onsets(a, "chords", null, b).equals(Set.of(4, 12)));
    double sixteenth = a.barSeconds() / 16;
    List<Note> skank = notes(a, "chords");
    assertThat(beforeFinalBar(a, skank))
        .allSatisfy(n -> assertThat(n.event().durationSeconds()).isLessThan(sixteenth));
  }

  @Test
  void reggaetonAndDancehallPlayTheDembow() {
    for (Arrangement a :
        List.of(
            compose("reggaeton", null, 95, "minor"), compose("reggae", "dancehall", 96, "minor"))) {
      mostBars(a, "kick on every beat", b -> onsets(a, "drums", "kick", b).equals(BEATS));
      mostBars(
          a,
          "dembow snare on the a of 1, the and of 2, the a of 3 and the and of 4",
          b -> onsets(a, "drums", "snare", b).equals(Set.of(3, 6, 11, 14)));
    }
  }

  @Test
  void latinPlaysTheSonClaveAndATumbaoBass() {
    Arrangement a = compose("latin", null, 120, "minor");
    mostBars(a, "3-2 son clave", b -> onsets(a, "drums", "rim", b).equals(Set.of(0, 3, 6, 10, 12)));
    mostBars(
        a,
        "tumbao: bass on the and of 2 and on 4, none on beat 1",
        b -> onsets(a, "bass", null, b).equals(Set.of(6, 12)));
  }

  @Test
  void bossaNovaPlaysItsKickAndCrossStickPatternOnANylonGuitar() {
    Arrangement a = compose("latin", "bossa nova", 126, "major");
    mostBars(a, "bossa kick", b -> onsets(a, "drums", "kick", b).equals(Set.of(0, 6, 8, 14)));
    mostBars(a, "bossa clave", b -> onsets(a, "drums", "rim", b).equals(Set.of(0, 3, 6, 10, 13)));
    assertThat(notes(a, "chords"))
        .allSatisfy(n -> assertThat(n.instrument()).isEqualTo("nylon-guitar"));
  }

  @Test
  void jazzSwingsTheRideWalksTheBassAndCompsOffTheBeat() {
    Arrangement a = compose("jazz", null, 140, "dorian");
    // The ride's "ding, ding-a ding, ding-a": every beat, and the last triplet of beats 2 and 4.
    mostBars(
        a, "ride swing", b -> onsets(a, "drums", "ride", b, 12).equals(Set.of(0, 3, 5, 6, 9, 11)));
    mostBars(
        a,
        "a walking bass note on every beat",
        b -> onsets(a, "bass", null, b, 12).equals(Set.of(0, 3, 6, 9)));
    mostBars(
        a,
        "comping off the beat",
        b -> {
          Set<Integer> comp = onsets(a, "chords", null, b, 12);
          return !comp.isEmpty() && comp.stream().noneMatch(s -> s % 3 == 0);
        });
  }

  @Test
  void bluesSectionsFollowTheTwelveBarFormOnAShuffle() {
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of(
                    "blues",
                    85,
                    "A",
                    "mixolydian",
                    "4/4",
                    24,
                    0,
                    List.of("verse", "chorus"),
                    List.of(),
                    3),
                3);
    int tonic = 9;
    int subdominant = 2;
    for (FormSection s : a.sections()) {
      assertThat(rootOfBar(a, s.firstBar())).isEqualTo(tonic);
      // Bars 5 and 6 of every 12-bar form go to the IV.
      assertThat(rootOfBar(a, s.firstBar() + 4)).isEqualTo(subdominant);
      assertThat(rootOfBar(a, s.firstBar() + 5)).isEqualTo(subdominant);
    }
    // The shuffle: the ride on the first and third triplet of every beat.
    mostBars(
        a,
        "shuffle ride",
        b -> onsets(a, "drums", "ride", b, 12).equals(Set.of(0, 2, 3, 5, 6, 8, 9, 11)));
  }

  private static int rootOfBar(Arrangement a, int bar) {
    double t = (bar + 0.5) * a.barSeconds();
    return a.chords().stream()
        .filter(c -> c.start() <= t && t < c.end())
        .findFirst()
        .orElseThrow()
        .root();
  }

  @Test
  void rockAndPunkDriveEighthsOfPowerChords() {
    for (Arrangement a :
        List.of(compose("rock", null, 120, "major"), compose("punk", null, 170, "major"))) {
      Set<Integer> eighths = Set.of(0, 2, 4, 6, 8, 10, 12, 14);
      mostBars(
          a, "power chords on every eighth", b -> onsets(a, "chords", null, b).equals(eighths));
      mostBars(a, "bass on every eighth", b -> onsets(a, "bass", null, b).equals(eighths));
      assertPowerChords(a);
    }
  }

  /**
   * Every chord of the chord part (before the final bar) is a root, a fifth above and an octave.
   */
  private static void assertPowerChords(Arrangement a) {
    List<Note> chords = notes(a, "chords");
    double end = a.durationSeconds() - a.barSeconds();
    List<Integer> chord = new ArrayList<>();
    double at = -1;
    for (Note n : chords) {
      if (n.event().startSeconds() >= end) {
        break;
      }
      if (n.event().startSeconds() != at && !chord.isEmpty()) {
        assertThat(List.of(chord.get(1) - chord.get(0), chord.get(2) - chord.get(0)))
            .isEqualTo(List.of(7, 12));
        chord.clear();
      }
      at = n.event().startSeconds();
      chord.add(n.event().pitch());
    }
  }

  @Test
  void metalDoublesTheKickUnderPalmMutedPowerChords() {
    Arrangement a = compose("metal", null, 160, "phrygian");
    mostBars(a, "double kick: 16 kicks a bar", b -> onsets(a, "drums", "kick", b).size() == 16);
    assertPowerChords(a);
  }

  @Test
  void countryPlaysTheTrainBeatAndBoomChickBass() {
    Arrangement a = compose("country", null, 110, "major");
    mostBars(
        a, "train beat: snare on every 16th", b -> onsets(a, "drums", "snare", b).size() == 16);
    mostBars(a, "boom-chick bass on 1 and 3", b -> onsets(a, "bass", null, b).equals(Set.of(0, 8)));
    for (Note n : notes(a, "bass")) {
      double beats = n.event().startSeconds() / a.beatSeconds();
      if (n.event().startSeconds() < a.durationSeconds() - a.barSeconds()
          && Math.abs(beats % 4 - 2) < 1e-6) {
        // The "chick" beat of the bass is the chord's fifth, a fifth above the root it follows.
        int bar = (int) (beats / 4);
        assertThat(Math.floorMod(n.event().pitch() - rootOfBar(a, bar), 12)).isEqualTo(7);
      }
    }
  }

  @Test
  void funkAndDiscoPlaySixteenthHatsAndOctaveBass() {
    Arrangement funk = compose("funk", null, 108, "dorian");
    mostBars(funk, "16th hats", b -> onsets(funk, "drums", "closed-hat", b).size() == 16);
    Arrangement disco = compose("disco", null, 120, "minor");
    mostBars(disco, "four on the floor", b -> onsets(disco, "drums", "kick", b).equals(BEATS));
    mostBars(
        disco,
        "open hat on the off-beats",
        b -> onsets(disco, "drums", "open-hat", b).equals(OFF_BEAT_EIGHTHS));
    for (Arrangement a : List.of(funk, disco)) {
      List<Note> bass = notes(a, "bass");
      long octaves = 0;
      for (int i = 1; i < bass.size(); i++) {
        octaves +=
            Math.abs(bass.get(i).event().pitch() - bass.get(i - 1).event().pitch()) == 12 ? 1 : 0;
      }
      assertThat(octaves).as("octave leaps of the bass").isGreaterThan(bass.size() / 4);
    }
  }

  @Test
  void rnbAndSoulVoiceTheirChordsWithSeventhsAndNinths() {
    // C natural minor; a chord takes its ninth where the whole tone above its root is in the key.
    Set<Integer> cMinor = Set.of(0, 2, 3, 5, 7, 8, 10);
    for (String genre : List.of("r&b", "soul")) {
      Arrangement a = compose(genre, null, 90, "minor");
      Map<Double, Set<Integer>> struck = new java.util.TreeMap<>();
      for (Note n : beforeFinalBar(a, notes(a, "chords"))) {
        struck
            .computeIfAbsent(n.event().startSeconds(), t -> new java.util.HashSet<>())
            .add(Math.floorMod(n.event().pitch(), 12));
      }
      int ninths = 0;
      int sevenths = 0;
      for (var chord : struck.entrySet()) {
        ChordSpan span =
            a.chords().stream()
                .filter(c -> c.start() <= chord.getKey() + 1e-9 && c.end() > chord.getKey())
                .findFirst()
                .orElseThrow();
        int ninth = (span.root() + 2) % 12;
        assertThat(chord.getValue()).as(genre + " " + span.symbol()).hasSizeGreaterThanOrEqualTo(3);
        if (span.pitchClasses().size() == 4) {
          sevenths++;
        }
        // The minor tonic is a triad (Harmony: its seventh would spell the relative major).
        if (span.pitchClasses().size() >= 3 && cMinor.contains(ninth)) {
          assertThat(chord.getValue())
              .as(genre + " " + span.symbol() + " with its ninth")
              .contains(ninth)
              .hasSize(span.pitchClasses().size() + 1);
          ninths++;
        }
      }
      assertThat(ninths).as(genre + ": chords with a ninth").isGreaterThan(struck.size() / 4);
      assertThat(sevenths).as(genre + ": seventh chords").isGreaterThan(struck.size() / 4);
    }
  }

  @Test
  void classicalAndAmbientPlayNoDrumKitAndCinematicOnlyTimpani() {
    assertThat(notes(compose("classical", null, 90, "major"), "drums")).isEmpty();
    assertThat(notes(compose("ambient", null, 70, "major"), "drums")).isEmpty();
    assertThat(notes(compose("cinematic", null, 90, "minor"), "drums"))
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.instrument()).isIn("tom", "crash"));
  }

  /**
   * Gospel at a slow tempo and cinematic's string ostinato keep a pulse a beat tracker can follow:
   * a drum on every beat, and bass and chords that start their notes on eighth notes only (a 3-3-2
   * grouping of sixteenths, or a dotted-quarter comp, is heard as a tempo 4/3 or 3/2 of the asked).
   */
  @Test
  void gospelAndCinematicStateEveryBeatAndGroupInEighths() {
    for (String genre : List.of("gospel", "cinematic")) {
      Arrangement a =
          "gospel".equals(genre)
              ? compose("soul", "gospel", 80, "major")
              : compose(genre, null, 90, "minor");
      mostBars(
          a, genre + " drum on every beat", b -> onsets(a, "drums", null, b).containsAll(BEATS));
      for (String part : List.of("bass", "chords")) {
        mostBars(a, genre + " " + part + " in eighths", b -> inEighths(onsets(a, part, null, b)));
      }
    }
    // Gospel's tambourine keeps every eighth, the steady count a congregation claps along to.
    Arrangement gospel = compose("soul", "gospel", 80, "major");
    mostBars(
        gospel,
        "gospel tambourine on every eighth",
        b -> onsets(gospel, "drums", "shaker", b).containsAll(Set.of(0, 2, 4, 6, 8, 10, 12, 14)));
  }

  /** Onsets on eighth notes only, none a dotted quarter (six sixteenths) after the one before. */
  private static boolean inEighths(Set<Integer> onsets) {
    Integer before = null;
    for (int s : onsets) {
      if (s % 2 != 0 || before != null && s - before == 6) {
        return false;
      }
      before = s;
    }
    return !onsets.isEmpty();
  }

  @Test
  void synthwaveAndChiptuneArpeggiateOneNoteASixteenth() {
    for (String genre : List.of("synthwave", "chiptune")) {
      Arrangement a = compose(genre, null, 110, "minor");
      mostBars(a, genre + " arpeggio", b -> onsets(a, "chords", null, b).size() == 16);
      List<Note> arp = notes(a, "chords");
      double end = a.durationSeconds() - a.barSeconds();
      for (int i = 1; i < arp.size() && arp.get(i).event().startSeconds() < end; i++) {
        assertThat(arp.get(i).event().startSeconds())
            .as("one note at a time")
            .isGreaterThan(arp.get(i - 1).event().startSeconds());
      }
    }
  }

  @Test
  void amapianoPlaysAGlidingLogDrumBass() {
    Arrangement a = compose("afrobeats", "amapiano", 112, "minor");
    assertThat(notes(a, "bass")).allSatisfy(n -> assertThat(n.instrument()).isEqualTo("808"));
    assertThat(notes(a, "bass").stream().filter(IdiomTest::glides).count()).isGreaterThan(8);
    mostBars(a, "kick on every beat", b -> onsets(a, "drums", "kick", b).equals(BEATS));
  }

  @Test
  void lofiSwingsItsOffBeatSixteenths() {
    Arrangement a = compose("lofi hip hop", null, 80, "major");
    double sixteenth = a.barSeconds() / 16;
    // The genre's swing 0.35 delays an odd 16th by 0.35 / 3 of a 16th (BarGrid's swing); the
    // hat there scatters by at most the style's humanising, 5 ms.
    double late = 0.35 / 3 * sixteenth;
    int checked = 0;
    for (Note n : notes(a, "drums")) {
      double steps = n.event().startSeconds() / sixteenth;
      long step = Math.round(steps - 0.35 / 3);
      if (step % 2 == 1 && Styles.standard().voice(n.instrument()).equals("closed-hat")) {
        double offset = n.event().startSeconds() - step * sixteenth;
        assertThat(offset).isCloseTo(late, org.assertj.core.api.Assertions.within(0.0051));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(8);
  }

  @Test
  void everyIdiomComposesTheSameTrackFromTheSameSpecAndSeed() {
    for (Style style : Styles.standard().styles()) {
      for (String name : style.genres()) {
        String genre = family(name);
        String subgenre = genre.equals(name) ? null : name;
        Arrangement a = compose(genre, subgenre, 120, "minor");
        assertThat(compose(genre, subgenre, 120, "minor")).as(name).isEqualTo(a);
      }
    }
  }

  /** The genre of the table a name is, or the family of the subgenre it is. */
  private static String family(String name) {
    for (dev.cadenza.music.Genre g : dev.cadenza.music.GenreTable.standard().genres()) {
      if (g.name().equals(name) || g.subgenres().stream().anyMatch(s -> s.name().equals(name))) {
        return g.name();
      }
    }
    throw new AssertionError("not in the genre table: " + name);
  }
}
