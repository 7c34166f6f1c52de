package dev.cadenza.parse;

import static dev.cadenza.music.TableFields.number;
import static dev.cadenza.music.TableFields.numbers;
import static dev.cadenza.music.TableFields.strings;
import static dev.cadenza.music.TableFields.text;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the parser's own tables (style references) with the helpers of the music tables. */
final class JsonFields {

  private JsonFields() {}

  static StyleReference reference(JsonNode r) {
    return new StyleReference(
        text(r, "name"),
        strings(r, "aliases"),
        text(r, "genre"),
        numbers(r, "bpmRange"),
        number(r, "energy"),
        strings(r, "instruments"));
  }
}
