package dev.cadenza.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Document values as a person reads them: numbers rounded to what matters, lists joined. */
final class Values {

  private Values() {}

  /** A value from a document (a number, a string, a list, a map), as text; null as an en dash. */
  static String show(Object value) {
    if (value == null) {
      return "–";
    }
    if (value instanceof Number n) {
      return number(n.doubleValue());
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(v -> parts.add(show(v)));
      return String.join(", ", parts);
    }
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> parts.add(k + ": " + show(v)));
      return String.join(", ", parts);
    }
    return value.toString();
  }

  /** A JSON value as text: an object's fields as "name: value", an array joined by commas. */
  static String show(JsonNode node) {
    if (node == null || node.isNull()) {
      return "–";
    }
    if (node.isNumber()) {
      return number(node.doubleValue());
    }
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(v -> parts.add(show(v)));
      return String.join(", ", parts);
    }
    if (node.isObject()) {
      List<String> parts = new ArrayList<>();
      node.fields()
          .forEachRemaining(
              f -> {
                if (!f.getValue().isNull()) {
                  parts.add(f.getKey() + ": " + show(f.getValue()));
                }
              });
      return String.join(", ", parts);
    }
    return node.asText();
  }

  /**
   * A measurement: whole numbers as they are, others to three significant digits but at least two
   * decimals below 100 (so -14.05 LUFS keeps its hundredths).
   */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "–";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return String.valueOf((long) v);
    }
    double size = Math.abs(v);
    if (size >= 100) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (size >= 0.01) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.2g", v);
  }
}
