package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An arrangement develops: sections differ, seeds differ, builds build, phrases close. */
class DevelopmentTest {
  private static final Composer COMPOSER = Composer.standard();

  /** A spec with some fields replaced, as a user editing the JSON would. */
  static TrackSpec with(TrackSpec spec, Map<String, Object> fields) {
    ObjectNode node = Json.mapper().valueToTree(spec);
    fields.forEach((k, v) -> node.set(k, Json.mapper().valueToTree(v)));
    return Json.mapper().convertValue(node, TrackSpec.class);
  }

  private static TrackSpec form(
      String genre, String tonic, String mode, int bars, String... labels) {
    return Specs.of(genre, 120, tonic, mode, "4/4", bars, 0, List.of(labels), List.of(), 5);
  }

  private static Part part(Arrangement a, String name) {
    return a.parts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> chordsOf(Arrangement a, FormSection s) {
    List<String> out = new ArrayList<>();
    for (ChordSpan c : a.chords()) {
      if (c.start() < s.end() - 1e-9 && c.end() > s.start() + 1e-9) {
        out.add(c.symbol());
      }
    }
    return out;
  }

  /** One bar's drum hits as (sixteenth of the bar, voice), timing within a sixteenth ignored. */
  private static Set<String> drumBar(Arrangement a, int bar) {
    Set<String> hits = new HashSet<>();
    double sixteenth = a.barSeconds() / 16;
    for (Note n : part(a, "drums").notes()) {
      double t = n.event().startSeconds() - bar * a.barSeconds();
      if (t >= -sixteenth / 2 && t < a.barSeconds() - sixteenth / 2) {
        hits.add(Math.round(t / sixteenth) + Styles.standard().voice(n.instrument()));
      }
    }
    return hits;
  }

  @Test
  void verseAndChorusPlayTheirOwnProgressionsAndRepeatThemWhenTheyComeBack() {
    Arrangement a =
        COMPOSER.compose(form("pop", "G", "major", 64, "verse", "chorus", "verse", "chorus"), 5);
    List<FormSection> s = a.sections();
    assertThat(chordsOf(a, s.get(0))).isNotEqualTo(chordsOf(a, s.get(1)));
    assertThat(chordsOf(a, s.get(2))).isEqualTo(chordsOf(a, s.get(0)));
    assertThat(chordsOf(a, s.get(3))).isEqualTo(chordsOf(a, s.get(1)));
  }

  @Test
  void fiveSeedsKeepFourOnTheFloorButShareAtMostHalfTheirDrumBars() {
    List<List<Set<String>>> seeds = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      Arrangement a = COMPOSER.compose(form("house", "A", "minor", 32, "verse", "chorus"), seed);
      List<Set<String>> bars = new ArrayList<>();
      for (int bar = 0; bar < 31; bar++) {
        Set<String> hits = drumBar(a, bar);
        for (int beat = 0; beat < 4; beat++) {
          assertThat(hits)
              .as("seed %d bar %d: a kick on beat %d", seed, bar, beat)
              .contains(4 * beat + "kick");
        }
        bars.add(hits);
      }
      seeds.add(bars);
    }
    for (int i = 0; i < seeds.size(); i++) {
      for (int j = 0; j < seeds.size(); j++) {
        if (i != j) {
          List<Set<String>> other = seeds.get(j);
          long shared = seeds.get(i).stream().filter(other::contains).count();
          assertThat(shared)
              .as("bars of seed %d found in seed %d", i + 1, j + 1)
              .isLessThanOrEqualTo(31 / 2);
        }
      }
    }
  }

  @Test
  void aBuildRollsFasterAndFallsSilentOnTheBeatBeforeTheDrop() {
    Arrangement a = COMPOSER.compose(form("house", "A", "minor", 16, "build", "drop"), 3);
    FormSection build = a.sections().get(0);
    double beat = a.beatSeconds();
    List<Integer> rollPerBar = new ArrayList<>();
    for (int bar = 0; bar < build.bars(); bar++) {
      double from = bar * a.barSeconds();
      rollPerBar.add(
          (int)
              part(a, "drums").notes().stream()
                  .filter(n -> n.instrument().equals("clap"))
                  .filter(n -> n.event().startSeconds() >= from - 1e-6)
                  .filter(n -> n.event().startSeconds() < from + beat - 1e-6)
                  .count());
    }
    assertThat(rollPerBar).isSortedAccordingTo(Integer::compare);
    assertThat(rollPerBar.get(rollPerBar.size() - 1)).isGreaterThan(2 * rollPerBar.get(0));
    assertThat(part(a, "drums").notes())
        .noneMatch(
            n ->
                n.event().startSeconds() >= build.end() - beat - 1e-6
                    && n.event().startSeconds() < build.end() - 1e-6);
  }

  @Test
  void eachSectionEndsWithAFillOfItsOwn() {
    Arrangement a =
        COMPOSER.compose(
            form("rock", "E", "major", 40, "verse", "chorus", "verse", "chorus", "bridge"), 2);
    Set<Set<String>> fills = new HashSet<>();
    for (FormSection s : a.sections().subList(0, 4)) {
      Set<String> last = drumBar(a, s.firstBar() + s.bars() - 1);
      last.removeIf(h -> Integer.parseInt(h.replaceAll("\\D.*", "")) < 8);
      fills.add(last);
    }
    assertThat(fills).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theLeadClosesEachPhraseOnTheTonic() {
    Arrangement a = COMPOSER.compose(form("pop", "G", "major", 32, "chorus", "chorus"), 7);
    int tonic = 7;
    for (int bar : new int[] {7, 15, 23}) {
      double t = bar * a.barSeconds();
      assertThat(a.chords())
          .anyMatch(c -> Math.abs(c.start() - t) < 1e-6 || c.start() < t && c.end() > t);
      assertThat(part(a, "lead").notes())
          .as("a lead note on the downbeat of bar %d", bar)
          .anyMatch(
              n ->
                  Math.abs(n.event().startSeconds() - t) < 1e-6
                      && Math.floorMod(n.event().pitch(), 12) == tonic);
    }
  }

  private static double meanLeadPitch(Arrangement a) {
    return part(a, "lead").notes().stream()
        .mapToInt(n -> n.event().pitch())
        .average()
        .orElseThrow();
  }

  @Test
  void aDarkTuneSitsLowerAndSparserThanAHappyOne() {
    TrackSpec spec = form("pop", "C", "major", 32, "verse", "chorus");
    Arrangement dark = COMPOSER.compose(with(spec, Map.of("moods", List.of("dark"))), 4);
    Arrangement happy = COMPOSER.compose(with(spec, Map.of("moods", List.of("happy"))), 4);
    assertThat(meanLeadPitch(happy) - meanLeadPitch(dark)).isGreaterThanOrEqualTo(4);
    assertThat(part(happy, "lead").notes().size()).isGreaterThan(part(dark, "lead").notes().size());
  }

  private static double meanVelocity(Arrangement a, String part, FormSection s) {
    return part(a, part).notes().stream()
        .filter(n -> n.event().startSeconds() >= s.start() && n.event().startSeconds() < s.end())
        .mapToDouble(n -> n.event().velocity())
        .average()
        .orElse(0);
  }

  private static long hits(Arrangement a, String voice, FormSection s) {
    return part(a, "drums").notes().stream()
        .filter(n -> Styles.standard().voice(n.instrument()).equals(voice))
        .filter(n -> n.event().startSeconds() >= s.start() && n.event().startSeconds() < s.end())
        .count();
  }

  @Test
  void moreEnergyOpensTheHatsHitsHarderAndLandsTheDropWithAnImpact() {
    TrackSpec spec = form("house", "A", "minor", 32, "build", "drop", "breakdown", "drop");
    Arrangement calm = COMPOSER.compose(with(spec, Map.of("energy", 0.2)), 4);
    Arrangement wild = COMPOSER.compose(with(spec, Map.of("energy", 0.9)), 4);
    FormSection build = wild.sections().get(0);
    FormSection drop = wild.sections().get(1);
    assertThat(hits(wild, "open-hat", build)).isGreaterThan(0);
    assertThat(hits(calm, "open-hat", build)).isZero();
    assertThat(meanVelocity(wild, "drums", drop)).isGreaterThan(meanVelocity(calm, "drums", drop));
    assertThat(meanVelocity(wild, "pad", drop)).isGreaterThan(meanVelocity(calm, "pad", drop));
    assertThat(wild.parts())
        .anyMatch(p -> p.notes().stream().anyMatch(n -> n.instrument().equals("impact")));
    assertThat(calm.parts())
        .noneMatch(p -> p.notes().stream().anyMatch(n -> n.instrument().equals("impact")));
  }

  @Test
  void aWordlessVoiceIsSaidAndAPartTakenFirstLeavesTheNextOut() {
    TrackSpec spec =
        with(
            form("jazz", "Bb", "major", 8, "verse"),
            Map.of(
                "instruments", List.of("vocals", "saxophone"),
                "instrumentRoles", Map.of("vocals", "vocal", "saxophone", "woodwind")));
    Arrangement a = COMPOSER.compose(spec, 1);
    // The voice sings the lead without words, and says so; the saxophone finds the lead taken.
    assertThat(part(a, "lead").notes()).allMatch(n -> n.instrument().equals("voice-aah"));
    assertThat(a.warnings())
        .anyMatch(w -> w.startsWith("vocals:") && w.contains("without words"))
        .anyMatch(w -> w.startsWith("saxophone:") && w.contains("left out"));
  }

  @Test
  void theIdiomsOwnSaxophonePlaysTheJazzLead() {
    TrackSpec spec =
        with(
            form("jazz", "Bb", "major", 8, "verse"),
            Map.of(
                "instruments", List.of("saxophone"),
                "instrumentRoles", Map.of("saxophone", "woodwind")));
    Arrangement a = COMPOSER.compose(spec, 1);
    assertThat(part(a, "lead").notes()).allMatch(n -> n.instrument().equals("saxophone"));
    assertThat(a.warnings()).noneMatch(w -> w.startsWith("saxophone:"));
  }

  @Test
  void aFadeOutLetsTheLastSectionFallAway() {
    TrackSpec spec =
        with(form("pop", "C", "major", 16, "verse", "outro"), Map.of("ending", "fade-out"));
    Arrangement a = COMPOSER.compose(spec, 1);
    FormSection outro = a.sections().get(1);
    List<Note> pad =
        part(a, "pad").notes().stream()
            .filter(n -> n.event().startSeconds() >= outro.start())
            .toList();
    assertThat(pad.get(pad.size() - 1).event().velocity())
        .isLessThan(0.4 * pad.get(0).event().velocity());
  }

  @Test
  void aRingOutHoldsTheFinalChordPastTheLastBarOverNothingButItsDownbeat() {
    TrackSpec spec =
        with(form("pop", "C", "major", 16, "verse", "outro"), Map.of("ending", "ring-out"));
    Arrangement a = COMPOSER.compose(spec, 1);
    Arrangement plain = COMPOSER.compose(form("pop", "C", "major", 16, "verse", "outro"), 1);
    double downbeat = 15 * a.barSeconds();
    double end = 16 * a.barSeconds() + RingOut.HOLD_SECONDS;
    for (String name : List.of("bass", "chords", "pad")) {
      List<Note> last =
          part(a, name).notes().stream()
              .filter(n -> n.event().startSeconds() >= downbeat - 1e-9)
              .toList();
      assertThat(last).as(name).isNotEmpty();
      for (Note n : last) {
        double stops = n.event().startSeconds() + n.event().durationSeconds();
        assertThat(stops).as(name).isCloseTo(end, org.assertj.core.data.Offset.offset(1e-9));
        // C major's tonic chord: only C, E and G ring.
        assertThat(Math.floorMod(n.event().pitch(), 12)).as(name).isIn(0, 4, 7);
      }
    }
    assertThat(part(a, "drums").notes()).noneMatch(n -> n.event().startSeconds() > downbeat + 0.05);
    assertThat(
            part(plain, "chords")
                .notes()
                .get(part(plain, "chords").notes().size() - 1)
                .event()
                .durationSeconds())
        .isLessThan(end - downbeat);
    assertThat(a.warnings()).noneMatch(w -> w.contains("ring-out"));
  }
}
