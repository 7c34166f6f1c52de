package dev.cadenza.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key section's JSON: docs/design.md's field names, and null (never NaN) where undefined. */
class KeyResultJsonTest {

  private static JsonNode json(KeyResult key) throws Exception {
    byte[] bytes = Json.toBytes(key, false);
    return Json.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void aDefinedKeyHasTheContractFields() throws Exception {
    KeyResult key =
        new KeyResult(
            "F#",
            "minor",
            0.8,
            0.95,
            new KeyResult.Candidate("A", "major", 0.7),
            12.5,
            null,
            Collections.nCopies(12, 0.5));

    JsonNode node = json(key);

    assertThat(node.get("tonic").asText()).isEqualTo("F#");
    assertThat(node.get("mode").asText()).isEqualTo("minor");
    assertThat(node.get("confidence").asDouble()).isEqualTo(0.8);
    assertThat(node.get("runnerUp").get("tonic").asText()).isEqualTo("A");
    assertThat(node.get("runnerUp").get("score").asDouble()).isEqualTo(0.7);
    assertThat(node.get("tuningCents").asDouble()).isEqualTo(12.5);
    assertThat(node.get("modeNote").isNull()).isTrue();
    assertThat(node.get("chroma")).hasSize(12);
  }

  @Test
  void anUndefinedKeyIsNull() throws Exception {
    JsonNode node = json(KeyResult.undefined(null, null));

    for (String field :
        List.of("tonic", "mode", "confidence", "score", "runnerUp", "tuningCents", "chroma")) {
      assertThat(node.has(field)).as(field).isTrue();
      assertThat(node.get(field).isNull()).as(field).isTrue();
    }
  }
}
