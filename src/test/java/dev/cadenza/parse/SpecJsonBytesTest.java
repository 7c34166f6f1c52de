package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * parse writes its document with the streaming generator, not the data-binding mapper (start-up
 * time); the mapper is the truth for the bytes. Every prompt of the tables and captions, compact
 * and indented.
 */
class SpecJsonBytesTest {

  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void everyPromptOfTheTablesIsWrittenAsTheMapperWritesIt() throws IOException {
    List<String> prompts = new ArrayList<>();
    for (String table :
        List.of(
            "prompts.tsv", "prompts-heldout.tsv", "prompts-heldout2.tsv", "prompts-heldout3.tsv")) {
      PromptTable.load(table).forEach(c -> prompts.add(c.prompt()));
    }
    CaptionRobustnessTest.load().forEach(c -> prompts.add(c.text()));
    prompts.add("a pop song with a key change up a semitone for the last chorus");
    prompts.add("a 3-minute house track with a 32-bar intro and the drop at 1:00");
    assertThat(prompts).hasSizeGreaterThan(600);
    int withSections = 0;
    int withKeyChanges = 0;
    int withReferences = 0;
    for (String prompt : prompts) {
      TrackSpec spec = PromptParser.standard().parse(prompt);
      assertSameBytes(spec);
      withSections += spec.sectionTimings().isEmpty() ? 0 : 1;
      withKeyChanges += spec.keyChanges().isEmpty() ? 0 : 1;
      withReferences += spec.references().isEmpty() ? 0 : 1;
    }
    // The optional parts of the document were met, not only its common shape.
    assertThat(withSections).isPositive();
    assertThat(withKeyChanges).isPositive();
    assertThat(withReferences).isPositive();
  }

  @Test
  void escapesUndefinedNumbersAndTextAsTheMapperDoes() throws IOException {
    TrackSpec spec =
        PromptParser.standard()
            .parse("tab\there, quote \" backslash \\ bell \u0007 é 漢字 \uD83C\uDFB5 house");
    assertSameBytes(spec);
    TrackSpec undefined =
        spec.withTempoAndKey(Double.NaN, spec.key(), Double.POSITIVE_INFINITY, Map.of());
    assertSameBytes(undefined);
    assertThat(new String(Json.toBytes(undefined, false), StandardCharsets.UTF_8))
        .contains("\"bpm\":null")
        .contains("\"durationSeconds\":null");
  }

  private static void assertSameBytes(TrackSpec spec) throws IOException {
    String prompt = spec.prompt();
    assertThat(new String(Json.toBytes(spec, false), StandardCharsets.UTF_8))
        .as(prompt)
        .isEqualTo(new String(MAPPER.writeValueAsBytes(spec), StandardCharsets.UTF_8));
    assertThat(new String(Json.toBytes(spec, true), StandardCharsets.UTF_8))
        .as(prompt)
        .isEqualTo(
            new String(
                MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(spec),
                StandardCharsets.UTF_8));
  }
}
