package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.TrackSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An instrument named with a loop word ("drum loop" is a name of the drums in the instrument table)
 * asks for a loop as "loop" alone does; the instrument is still read.
 */
class LoopNamesTest {

  @ParameterizedTest
  @CsvSource({
    "a 30 second drum loop, true",
    "a drum loop at 120 bpm, true",
    "'a drum loop, 30 seconds', true",
    "a 30 second loop, true",
    "a drum pattern at 120 bpm, false",
    "drums and bass at 120 bpm, false",
  })
  void anInstrumentNameEndingInALoopWordAsksForALoop(String prompt, boolean loopable) {
    TrackSpec spec = PromptParser.standard().parse(prompt);
    assertThat(spec.loopable()).as(prompt).isEqualTo(loopable);
    if (prompt.contains("drum")) {
      assertThat(spec.instruments()).as(prompt).contains("drums");
    }
  }
}
