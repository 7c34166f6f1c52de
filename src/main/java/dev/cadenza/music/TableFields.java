package dev.cadenza.music;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the knowledge tables from JSON trees by hand: faster at start-up than Jackson's record
 * binding (which costs most of a short {@code cadenza parse} run), and a missing field names
 * itself.
 */
public final class TableFields {

  private TableFields() {}

  /**
   * The JSON tree of a resource shipped with cadenza, e.g. {@code /dev/cadenza/music/genres.json}.
   */
  public static JsonNode read(String resource) {
    try (InputStream in = TableFields.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return Json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalStateException("missing \"" + field + "\" in " + abbreviate(node));
    }
    return v;
  }

  public static String text(JsonNode node, String field) {
    return required(node, field).asText();
  }

  public static String optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public static double number(JsonNode node, String field) {
    return required(node, field).asDouble();
  }

  public static Double optionalNumber(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  public static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (JsonNode e : v) {
        out.add(e.asText());
      }
    }
    return out;
  }

  public static List<Double> numbers(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    List<Double> out = new ArrayList<>();
    for (JsonNode e : v) {
      out.add(e.asDouble());
    }
    return out;
  }

  public static Map<String, List<String>> stringLists(JsonNode node, String field) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    JsonNode v = node.get(field);
    if (v != null) {
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        List<String> list = new ArrayList<>();
        for (JsonNode x : e.getValue()) {
          list.add(x.asText());
        }
        out.put(e.getKey(), list);
      }
    }
    return out;
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
