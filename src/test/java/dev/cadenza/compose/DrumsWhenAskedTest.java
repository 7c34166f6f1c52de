package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TrackSpec;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An idiom without a kit plays drums when the prompt asks for them, with the voices styles.json's
 * drumsWhenAsked names (MIDI drum numbers from the same file), and stays drumless when it does not.
 */
class DrumsWhenAskedTest {
  private static final PromptParser PARSER = PromptParser.standard();
  private static final Composer COMPOSER = Composer.standard();
  private static final Styles STYLES = Styles.standard();

  private static Set<Integer> drumPitches(String prompt) {
    TrackSpec spec = PARSER.parse(prompt);
    Arrangement a = COMPOSER.compose(spec, spec.seed());
    Set<Integer> pitches = new TreeSet<>();
    a.parts().stream()
        .filter(p -> p.role().equals("drums"))
        .flatMap(p -> p.notes().stream())
        .forEach(n -> pitches.add(n.event().pitch()));
    return pitches;
  }

  private static Set<Integer> voices(String idiom) {
    Map<String, Integer> numbers = STYLES.midiDrums();
    Set<Integer> out = new TreeSet<>();
    STYLES.drumsWhenAsked().get(idiom).groove().keySet().forEach(v -> out.add(numbers.get(v)));
    return out;
  }

  @Test
  void ambientAskedForDrumsPlaysItsSoftPulse() {
    Set<Integer> asked = drumPitches("ambient with soft drums, 60 seconds");
    assertThat(asked).containsAll(voices("ambient"));
    assertThat(drumPitches("ambient, 60 seconds")).isEmpty();
  }

  @Test
  void classicalAskedForDrumsPlaysOrchestralPercussionAndSaysWhatItCannot() {
    assertThat(drumPitches("classical piece with drums, 60 seconds"))
        .containsAll(voices("classical"));
    TrackSpec spec = PARSER.parse("classical piece with a kick drum, 60 seconds");
    Arrangement a = COMPOSER.compose(spec, spec.seed());
    assertThat(a.warnings()).anyMatch(w -> w.startsWith("kick:"));
  }

  @Test
  void anIdiomWithItsOwnKitIsUnchangedByTheAsk() {
    TrackSpec plain = PARSER.parse("house at 124 bpm, 30 seconds, seed 4");
    TrackSpec asked = PARSER.parse("house at 124 bpm with drums, 30 seconds, seed 4");
    Style house =
        STYLES.forGenre(
            dev.cadenza.music.GenreTable.standard().find("house").orElseThrow().genre());
    assertThat(STYLES.withDrumsAsked(house)).isSameAs(house);
    assertThat(COMPOSER.compose(asked, 4).parts().get(0).notes())
        .isEqualTo(COMPOSER.compose(plain, 4).parts().get(0).notes());
  }
}
