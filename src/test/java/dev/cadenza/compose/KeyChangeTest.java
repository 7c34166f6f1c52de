package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.music.Key;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.spec.TrackSpec.KeyChange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Changes of key. Expected keys and pitch classes are music theory: a semitone above C major is
 * D-flat major; D major's scale is D E F# G A B C#; the dominant seventh leading into D is A C# E
 * G.
 */
class KeyChangeTest {
  private static final Composer COMPOSER = Composer.standard();
  private static final List<String> POP =
      List.of("intro", "verse", "chorus", "verse", "chorus", "bridge", "chorus", "outro");
  private static final Set<Integer> D_MAJOR = Set.of(2, 4, 6, 7, 9, 11, 1);

  private static List<FormSection> form() {
    return Form.lay(POP, 64, 2.0, Styles.standard());
  }

  private static KeyPlan.Planned plan(KeyChange... changes) {
    return KeyPlan.plan(Key.of("C", "major"), form(), List.of(changes), false);
  }

  @Test
  void anUnplacedChangeLiftsTheLastChorusASemitone() {
    KeyPlan.Planned p = plan(new KeyChange(null, null, null, null));
    assertThat(p.sectionKeys().subList(0, 6)).containsOnly(Key.of("C", "major"));
    assertThat(p.sectionKeys().subList(6, 8)).containsOnly(Key.of("Db", "major"));
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void aNamedKeyASectionAndATimePlaceTheChange() {
    TrackSpec.Key d = new TrackSpec.Key("D", "major");
    assertThat(plan(new KeyChange("bridge", null, d, null)).sectionKeys().get(5))
        .isEqualTo(Key.of("D", "major"));
    assertThat(
            plan(new KeyChange(null, null, new TrackSpec.Key(null, "minor"), null)).sectionKeys())
        .last()
        .isEqualTo(Key.of("C", "minor"));
    List<FormSection> sections = form();
    double third = sections.get(3).start();
    KeyPlan.Planned timed = plan(new KeyChange(null, third + 1.0, null, 2));
    assertThat(timed.sectionKeys().get(2)).isEqualTo(Key.of("C", "major"));
    assertThat(timed.sectionKeys().get(3)).isEqualTo(Key.of("D", "major"));
  }

  @Test
  void aChangeThatCannotBeMadeIsSaid() {
    assertThat(plan(new KeyChange("drop", null, null, null)).warnings())
        .singleElement()
        .asString()
        .contains("no drop");
    KeyPlan.Planned loop =
        KeyPlan.plan(
            Key.of("C", "major"), form(), List.of(new KeyChange(null, null, null, 1)), true);
    assertThat(loop.sectionKeys()).containsOnly(Key.of("C", "major"));
    assertThat(loop.warnings()).singleElement().asString().contains("loop");
  }

  @Test
  void theComposedTrackPlaysTheNewKeyAfterItsDominant() {
    TrackSpec spec =
        withChange(
            Specs.of("pop", 120, "C", "major", "4/4", null, 128, POP, List.of(), 5),
            new KeyChange("chorus", null, new TrackSpec.Key("D", "major"), null));
    Arrangement a = COMPOSER.compose(spec, 5);
    FormSection last = a.sections().get(6);
    assertThat(a.keys()).hasSize(2);
    assertThat(a.keys().get(1).start()).isEqualTo(last.start());
    for (ChordSpan c : a.chords()) {
      if (c.start() >= last.start()) {
        assertThat(D_MAJOR).as(c.symbol()).containsAll(c.pitchClasses());
      } else if (c.end() == last.start()) {
        assertThat(c.pitchClasses()).containsExactlyInAnyOrder(9, 1, 4, 7);
      }
    }
    for (Part p : a.parts()) {
      if (p.role().equals("drums") || p.role().equals("fx")) {
        continue;
      }
      for (Note n : p.notes()) {
        if (n.event().startSeconds() >= last.start() + 0.01) {
          assertThat(D_MAJOR)
              .as(p.name() + " at " + n.event().startSeconds())
              .contains(Math.floorMod(n.event().pitch(), 12));
        }
      }
    }
  }

  @Test
  void withoutAChangeThereAreNoKeySpans() {
    Arrangement a =
        COMPOSER.compose(Specs.of("pop", 120, "C", "major", "4/4", null, 60, POP, List.of(), 5), 5);
    assertThat(a.keys()).isEmpty();
  }

  private static TrackSpec withChange(TrackSpec s, KeyChange change) {
    return new TrackSpec(
        s.schema(),
        s.prompt(),
        s.genre(),
        s.subgenre(),
        s.bpm(),
        s.tempoRange(),
        s.feel(),
        s.key(),
        s.timeSignature(),
        s.bars(),
        s.durationSeconds(),
        s.energy(),
        s.moods(),
        s.instruments(),
        s.excludedInstruments(),
        s.references(),
        s.structure(),
        s.seed(),
        s.provenance(),
        s.warnings(),
        s.unparsed(),
        s.swing(),
        s.loopable(),
        s.ending(),
        s.opening(),
        s.productionHints(),
        s.era(),
        s.otherGenres(),
        s.instrumentRoles(),
        s.corrections(),
        s.sectionTimings(),
        List.of(change));
  }
}
