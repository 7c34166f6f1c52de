package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Parts develop from section to section as players develop them: voicings turn over, a country bass
 * walks into its changes, ambient's electric piano drifts over the pad, and a dorian tonic states
 * its minor third.
 */
class SectionDevelopmentTest {
  private static final Composer COMPOSER = Composer.standard();
  private static final List<String> FORM =
      List.of("intro", "verse", "chorus", "verse", "chorus", "outro");

  private static List<Note> part(Arrangement a, String name) {
    return a.parts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().notes();
  }

  private static Arrangement compose(String genre, String tonic, String mode, long seed) {
    return COMPOSER.compose(
        Specs.of(genre, 100, tonic, mode, "4/4", 96, 0, FORM, List.of(), seed), seed);
  }

  /** Pitches sounding from {@code t} (within a millisecond), low to high. */
  private static List<Integer> struck(List<Note> notes, double t) {
    List<Integer> out = new ArrayList<>();
    for (Note n : notes) {
      if (Math.abs(n.event().startSeconds() - t) < 1e-3) {
        out.add(n.event().pitch());
      }
    }
    out.sort(null);
    return out;
  }

  @Test
  void aTurnIsTheNextInversionUpOrDownWithTheSameNotes() {
    List<Integer> c = List.of(60, 64, 67); // C4 E4 G4
    assertThat(Revoicing.turned(c, 0)).containsExactly(60, 64, 67);
    assertThat(Revoicing.turned(c, 1)).containsExactly(64, 67, 72); // first inversion, E G C
    assertThat(Revoicing.turned(c, 2)).containsExactly(55, 60, 64); // second inversion, G C E
    // A doubled note moves past its double rather than onto it.
    assertThat(Revoicing.turned(List.of(55, 58, 62, 70), 2)).containsExactly(46, 55, 58, 62);
  }

  @Test
  void aChordReturningInTheSecondVerseIsVoicedOtherwiseThanInTheFirst() {
    Arrangement a = compose("pop", "C", "major", 1);
    List<Note> chords = part(a, "chords");
    List<FormSection> verses =
        a.sections().stream().filter(s -> s.label().equals("verse")).toList();
    java.util.Map<String, Set<List<Integer>>> first = new java.util.HashMap<>();
    java.util.Map<String, Set<List<Integer>>> second = new java.util.HashMap<>();
    collect(a, chords, verses.get(0), first);
    collect(a, chords, verses.get(1), second);
    int compared = 0;
    for (String symbol : first.keySet()) {
      if (second.containsKey(symbol)) {
        compared++;
        assertThat(first.get(symbol)).as(symbol).doesNotContainAnyElementsOf(second.get(symbol));
      }
    }
    assertThat(compared).isGreaterThan(0);
  }

  /** The voicings struck on each bar's downbeat in {@code s}, by chord symbol. */
  private static void collect(
      Arrangement a,
      List<Note> chords,
      FormSection s,
      java.util.Map<String, Set<List<Integer>>> out) {
    for (int i = 0; i < s.bars(); i++) {
      double t = s.start() + i * a.barSeconds();
      String symbol =
          a.chords().stream()
              .filter(c -> c.start() <= t + 1e-6 && c.end() > t + 1e-6)
              .findFirst()
              .orElseThrow()
              .symbol();
      out.computeIfAbsent(symbol, k -> new HashSet<>()).add(struck(chords, t));
    }
  }

  @Test
  void aCountryBassWalksTheScaleIntoAChangeOfChord() {
    Arrangement a = compose("country", "G", "major", 2);
    Set<Integer> gMajor = Set.of(7, 9, 11, 0, 2, 4, 6);
    double bar = a.barSeconds();
    int walks = 0;
    for (double t : a.downbeats()) {
      List<Note> inBar =
          part(a, "bass").stream()
              .filter(n -> n.event().startSeconds() >= t - 1e-6)
              .filter(n -> n.event().startSeconds() < t + bar - 1e-6)
              .toList();
      if (inBar.size() != 4) {
        continue; // the two-beat figure plays 2 notes a bar; a walk adds two eighths on beat 4
      }
      walks++;
      Note first = inBar.get(2);
      Note second = inBar.get(3);
      assertThat(first.event().startSeconds() - t).isCloseTo(0.75 * bar, within(1e-6));
      assertThat(second.event().startSeconds() - t).isCloseTo(0.875 * bar, within(1e-6));
      assertThat(gMajor).contains(first.event().pitch() % 12, second.event().pitch() % 12);
      Note arrival =
          part(a, "bass").stream()
              .filter(n -> Math.abs(n.event().startSeconds() - (t + bar)) < 1e-6)
              .findFirst()
              .orElseThrow();
      int step = second.event().pitch() - first.event().pitch();
      int arrive = arrival.event().pitch() - second.event().pitch();
      assertThat(Math.abs(step)).as("a scale step").isBetween(1, 2);
      assertThat(Math.abs(arrive)).as("arrives by step").isBetween(1, 2);
      assertThat(Integer.signum(step)).as("one direction").isEqualTo(Integer.signum(arrive));
    }
    assertThat(walks).isGreaterThanOrEqualTo(2);
  }

  @Test
  void ambientsElectricPianoPlaysInItsQuietSectionsAndDrifts() {
    Arrangement a = compose("ambient", "D", "major", 1);
    FormSection verse =
        a.sections().stream()
            .filter(s -> s.energy() < 0.45 && s.bars() >= 4 && s.end() < a.durationSeconds() - 1)
            .findFirst()
            .orElseThrow();
    List<Note> inVerse =
        part(a, "chords").stream()
            .filter(n -> n.event().startSeconds() >= verse.start() - 1e-6)
            .filter(n -> n.event().startSeconds() < verse.end() - 1e-6)
            .toList();
    assertThat(inVerse).hasSize(2 * verse.bars()); // two notes a bar
    Set<Integer> firstNotes = new TreeSet<>();
    for (int i = 0; i < Math.min(6, inVerse.size()); i += 2) {
      firstNotes.add(inVerse.get(i).event().pitch());
    }
    assertThat(firstNotes).as("bars start on different notes").hasSizeGreaterThan(1);
  }

  @Test
  void aDorianTonicSoundsItsMinorThirdTwiceAndNeverTheMajor() {
    Arrangement a = compose("funk", "G", "dorian", 4);
    double bar = a.barSeconds();
    int tonicBars = 0;
    for (int i = 0; i < a.downbeats().size(); i++) {
      double t = a.downbeats().get(i);
      List<Integer> chord = struck(part(a, "chords"), t);
      ChordSpan span =
          a.chords().stream().filter(c -> c.start() <= t + 1e-6 && c.end() > t).findFirst().get();
      if (chord.isEmpty() || span.root() != 7) {
        continue;
      }
      tonicBars++;
      long bFlats = chord.stream().filter(p -> p % 12 == 10).count();
      assertThat(bFlats).as("Bb in bar " + i + " " + chord).isGreaterThanOrEqualTo(2);
      assertThat(chord).noneMatch(p -> p % 12 == 11);
    }
    assertThat(tonicBars).isGreaterThan(0);
    // The tonic of a minor key keeps its plain voicing: only the church modes double the third.
    Arrangement minor = compose("funk", "G", "minor", 4);
    double t = minor.downbeats().get(minor.downbeats().size() - 1);
    assertThat(struck(part(minor, "chords"), t).stream().filter(p -> p % 12 == 10).count())
        .isEqualTo(1);
    assertThat(bar).isPositive();
  }
}
