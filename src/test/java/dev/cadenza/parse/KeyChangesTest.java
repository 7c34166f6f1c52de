package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.TrackSpec;
import dev.cadenza.spec.TrackSpec.KeyChange;
import org.junit.jupiter.api.Test;

/**
 * A change of key and what the prompt says about it belong to the change: its key is not a second
 * key of the track, its section does not make the form, its time is not the track's length.
 */
class KeyChangesTest {
  private static final PromptParser PARSER = PromptParser.standard();

  @Test
  void aKeyChangeToANamedKeyForTheLastChorus() {
    TrackSpec s =
        PARSER.parse("pop song in C major with a key change to D major for the last chorus");
    assertThat(s.key()).isEqualTo(new TrackSpec.Key("C", "major"));
    assertThat(s.keyChanges())
        .containsExactly(new KeyChange("chorus", null, new TrackSpec.Key("D", "major"), null));
    assertThat(s.structure()).isEqualTo(PARSER.parse("pop song in C major").structure());
    assertThat(s.warnings()).isEmpty();
    assertThat(s.unparsed()).isEmpty();
    assertThat(s.provenance().get("keyChanges").text()).startsWith("key change");
  }

  @Test
  void aModulationByAnIntervalAtATime() {
    TrackSpec s = PARSER.parse("pop ballad, 3 minutes, modulates up a whole step at 2:00");
    assertThat(s.durationSeconds()).isEqualTo(180);
    assertThat(s.keyChanges()).containsExactly(new KeyChange(null, 120.0, null, 2));
    assertThat(s.unparsed()).isEmpty();
  }

  @Test
  void intervalWordsAndDirections() {
    assertThat(PARSER.parse("pop, key change up a semitone").keyChanges())
        .containsExactly(new KeyChange(null, null, null, 1));
    assertThat(PARSER.parse("pop, modulating down a half step").keyChanges())
        .containsExactly(new KeyChange(null, null, null, -1));
    assertThat(PARSER.parse("pop, key change up 3 semitones").keyChanges())
        .containsExactly(new KeyChange(null, null, null, 3));
    assertThat(PARSER.parse("pop, modulates up a tone").keyChanges())
        .containsExactly(new KeyChange(null, null, null, 2));
    assertThat(PARSER.parse("pop, a key change with a darker tone").keyChanges())
        .containsExactly(new KeyChange(null, null, null, null));
  }

  @Test
  void aKeyWithoutItsModeKeepsTheTracksModeAndAModeAloneKeepsTheTonic() {
    assertThat(PARSER.parse("pop in A minor, modulates to B").keyChanges())
        .containsExactly(new KeyChange(null, null, new TrackSpec.Key("B", "minor"), null));
    assertThat(PARSER.parse("pop in E major, modulates to minor").keyChanges())
        .containsExactly(new KeyChange(null, null, new TrackSpec.Key("E", "minor"), null));
  }

  @Test
  void aChangeOfKeyNamedAloneLeavesWhereAndHowFarToTheComposer() {
    TrackSpec s = PARSER.parse("upbeat pop, key change");
    assertThat(s.keyChanges()).containsExactly(new KeyChange(null, null, null, null));
    assertThat(s.unparsed()).isEmpty();
  }

  @Test
  void aKeyInAnotherClauseIsTheTracksKey() {
    TrackSpec s = PARSER.parse("key change for the last chorus, pop in D minor");
    assertThat(s.key()).isEqualTo(new TrackSpec.Key("D", "minor"));
    assertThat(s.keyChanges()).containsExactly(new KeyChange("chorus", null, null, null));
  }

  @Test
  void withoutAChangeThereIsNoField() {
    assertThat(PARSER.parse("pop in D minor, the chorus at 1:00").keyChanges()).isEmpty();
  }
}
