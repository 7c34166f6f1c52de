package dev.cadenza.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON value in one spelling whatever the order of its keys or its spacing: keys sorted, null
 * fields left out (a field left out and a field given as null mean the same to every reader), so
 * that reordering a job's fields or reformatting its line does not change its fingerprint.
 */
final class Canonical {

  private Canonical() {}

  static String of(JsonNode node) {
    return sorted(node).toString();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      fields.sort(Map.Entry.comparingByKey());
      for (Map.Entry<String, JsonNode> field : fields) {
        if (!field.getValue().isNull()) {
          out.set(field.getKey(), sorted(field.getValue()));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(sorted(item)));
      return out;
    }
    return node;
  }
}
