package dev.cadenza.report;

import static dev.cadenza.report.Html.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The spec as the parser understood it: every field that has a value, and where the value came from
 * (the provenance's source and the words of the prompt it was read from).
 */
final class SpecTable {

  /** Fields shown elsewhere on the page, or not fields of the music. */
  private static final Set<String> ELSEWHERE =
      Set.of("schema", "prompt", "provenance", "warnings", "unparsed", "corrections");

  private SpecTable() {}

  static void html(StringBuilder html, TrackSpec spec, String id) {
    html.append("<h3 id=\"").append(id).append("-spec\">Spec as understood</h3>\n");
    if (spec == null) {
      html.append("<p>No spec in the report.</p>\n");
      return;
    }
    JsonNode tree = Json.mapper().valueToTree(spec);
    Map<String, TrackSpec.Provenance> provenance =
        spec.provenance() == null ? Map.of() : spec.provenance();
    html.append("<div class=\"scroll\"><table class=\"spec\" aria-labelledby=\"")
        .append(id)
        .append("-spec\">\n<thead><tr><th>Field</th><th>Value</th>")
        .append("<th>From</th></tr></thead>\n<tbody>\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!ELSEWHERE.contains(field.getKey()) && hasValue(field.getValue())) {
        html.append("<tr><th scope=\"row\">")
            .append(text(field.getKey()))
            .append("</th><td>")
            .append(text(value(field.getKey(), field.getValue())))
            .append("</td><td>")
            .append(from(field.getKey(), provenance))
            .append("</td></tr>\n");
      }
    }
    html.append("</tbody></table></div>\n");
  }

  private static boolean hasValue(JsonNode node) {
    return node != null && !node.isNull() && !(node.isContainerNode() && node.isEmpty());
  }

  private static String value(String field, JsonNode node) {
    if ("key".equals(field) && node.has("tonic")) {
      return node.path("tonic").asText() + " " + node.path("mode").asText();
    }
    return Values.show(node);
  }

  /** The provenance of a field (the key's tonic and its mode may come from two places). */
  private static String from(String field, Map<String, TrackSpec.Provenance> provenance) {
    String from = source(provenance.get(field));
    if ("key".equals(field) && provenance.containsKey("mode")) {
      String mode = source(provenance.get("mode"));
      if (!mode.equals(from)) {
        from = (from.isEmpty() ? "" : from + "; ") + "mode: " + mode;
      }
    }
    return from;
  }

  private static String source(TrackSpec.Provenance p) {
    if (p == null) {
      return "";
    }
    String source = "<span class=\"source\">" + text(p.source()) + "</span>";
    return p.text() == null || p.text().isEmpty() ? source : source + " “" + text(p.text()) + "”";
  }
}
