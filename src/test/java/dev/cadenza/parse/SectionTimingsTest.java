package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.spec.TrackSpec.SectionTiming;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bar count or a time written against a section belongs to that section, not to the track:
 * expected values are the numbers as written and the track length the prompt states elsewhere.
 */
class SectionTimingsTest {

  private static final PromptParser PARSER = PromptParser.standard();

  @ParameterizedTest
  @CsvSource({
    "'a 3-minute house track with a 32-bar intro', intro, 32, 180",
    "'house, 3 minutes, 16 bars of intro', intro, 16, 180",
    "'techno with an intro of 8 bars, 2 minutes', intro, 8, 120",
    "'trance, 90 seconds, a 16 bar breakdown', breakdown, 16, 90",
    "'pop song with an outro lasting 8 bars, 2 minutes', outro, 8, 120"
  })
  void aBarCountBeforeOrAfterASectionSizesIt(
      String prompt, String label, int bars, double seconds) {
    TrackSpec s = PARSER.parse(prompt);
    assertThat(s.sectionTimings()).containsExactly(new SectionTiming(label, bars, null));
    assertThat(s.bars()).isNull();
    assertThat(s.durationSeconds()).isEqualTo(seconds);
    assertThat(s.structure()).contains(label);
    assertThat(s.unparsed()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'a 3-minute house track with the drop at 1:00', drop, 60, 180",
    "'house, 3 minutes, the drop comes in at 45 seconds', drop, 45, 180",
    "'pop, 2 minutes, the chorus kicks in at 0:40', chorus, 40, 120",
    "'dubstep, drop after 30 seconds, 2 minutes', drop, 30, 120"
  })
  void aTimeAfterASectionPlacesIt(String prompt, String label, double at, double seconds) {
    TrackSpec s = PARSER.parse(prompt);
    assertThat(s.sectionTimings()).containsExactly(new SectionTiming(label, null, at));
    assertThat(s.durationSeconds()).isEqualTo(seconds);
    assertThat(s.warnings()).noneMatch(w -> w.contains("ignored"));
    assertThat(s.unparsed()).isEmpty();
  }

  @Test
  void timedSectionsKeepTheGenresFormAndDoNotReplaceIt() {
    TrackSpec timed = PARSER.parse("house, 3 minutes, a 16-bar intro and the drop at 1:00");
    TrackSpec plain = PARSER.parse("house, 3 minutes");
    assertThat(timed.structure()).isEqualTo(plain.structure());
    assertThat(timed.sectionTimings())
        .containsExactly(
            new SectionTiming("intro", 16, null), new SectionTiming("drop", null, 60.0));
    assertThat(timed.provenance().get("sectionTimings").source()).isEqualTo("prompt");
  }

  @Test
  void aTimedSectionTheFormLacksIsAddedWithAWarning() {
    TrackSpec s = PARSER.parse("pop, 3 minutes, a breakdown at 2:00");
    assertThat(s.structure()).contains("breakdown");
    assertThat(s.structure().get(s.structure().size() - 1)).isEqualTo("outro");
    assertThat(s.warnings()).anyMatch(w -> w.contains("added a section \"breakdown\""));
  }

  @ParameterizedTest
  @CsvSource({
    "'house loop, 16 bars, intro', 16",
    "'house track of 16 bars', 16",
    "'16 bars of house', 16"
  })
  void aCountThatIsNotAgainstASectionStillSizesTheTrack(String prompt, int bars) {
    TrackSpec s = PARSER.parse(prompt);
    assertThat(s.bars()).isEqualTo(bars);
    assertThat(s.sectionTimings()).isEmpty();
  }

  @Test
  void aTrackWithNoTimedSectionWritesNoTimingsField() throws Exception {
    String json =
        new String(Json.toBytes(PARSER.parse("house, 3 minutes"), false), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("sectionTimings");
  }
}
