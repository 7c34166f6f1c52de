package dev.cadenza.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the knowledge tables from JSON trees by hand: faster at start-up than Jackson's record
 * binding (which costs most of a short `cadenza parse` run), and a missing field names itself.
 */
final class JsonFields {

  private JsonFields() {}

  static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalStateException("missing \"" + field + "\" in " + abbreviate(node));
    }
    return v;
  }

  static String text(JsonNode node, String field) {
    return required(node, field).asText();
  }

  static String optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static double number(JsonNode node, String field) {
    return required(node, field).asDouble();
  }

  static Double optionalNumber(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v != null) {
      v.forEach(e -> out.add(e.asText()));
    }
    return out;
  }

  static List<Double> numbers(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    List<Double> out = new ArrayList<>();
    v.forEach(e -> out.add(e.asDouble()));
    return out;
  }

  static Map<String, List<String>> stringLists(JsonNode node, String field) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    JsonNode v = node.get(field);
    if (v != null) {
      v.properties()
          .forEach(
              e -> {
                List<String> list = new ArrayList<>();
                e.getValue().forEach(x -> list.add(x.asText()));
                out.put(e.getKey(), list);
              });
    }
    return out;
  }

  static Genre genre(JsonNode g) {
    List<Genre.Subgenre> subs = new ArrayList<>();
    JsonNode sub = g.get("subgenres");
    if (sub != null) {
      for (JsonNode s : sub) {
        subs.add(
            new Genre.Subgenre(
                text(s, "name"),
                strings(s, "aliases"),
                numbers(s, "bpmRange"),
                optionalNumber(s, "defaultBpm"),
                optionalNumber(s, "energy")));
      }
    }
    JsonNode modifier = g.get("modifier");
    return new Genre(
        text(g, "name"),
        strings(g, "aliases"),
        numbers(g, "bpmRange"),
        number(g, "defaultBpm"),
        text(g, "mode"),
        text(g, "timeSignature"),
        number(g, "swing"),
        number(g, "energy"),
        number(g, "durationSeconds"),
        optionalText(g, "feel"),
        stringLists(g, "instruments"),
        strings(g, "form"),
        subs,
        modifier != null && modifier.asBoolean());
  }

  static Instrument instrument(JsonNode i) {
    return new Instrument(text(i, "name"), text(i, "role"), strings(i, "synonyms"));
  }

  static StyleReference reference(JsonNode r) {
    return new StyleReference(
        text(r, "name"),
        strings(r, "aliases"),
        text(r, "genre"),
        numbers(r, "bpmRange"),
        number(r, "energy"),
        strings(r, "instruments"));
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
