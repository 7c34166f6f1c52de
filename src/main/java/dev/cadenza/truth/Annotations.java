package dev.cadenza.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JAMS document being built: annotations in the order added, each with the metadata the jams
 * package writes (tool, rules, data source), and observations {time, duration, value, confidence}.
 */
final class Annotations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final double length;
  private final String tool;
  private final String source;
  private final ArrayNode annotations = NODES.arrayNode();
  private ObjectNode last;

  Annotations(double length, String tool, String source) {
    this.length = length;
    this.tool = tool;
    this.source = source;
  }

  /** Starts an annotation of a namespace over {@code [time, time + duration)}; its data array. */
  ArrayNode annotation(String namespace, double time, double duration) {
    ObjectNode a = annotations.addObject();
    ObjectNode meta = a.putObject("annotation_metadata");
    meta.put("annotation_tools", tool);
    meta.put("data_source", source);
    a.put("namespace", namespace);
    ArrayNode data = a.putArray("data");
    a.putObject("sandbox");
    a.put("time", time);
    a.put("duration", duration);
    last = a;
    return data;
  }

  /** Says what the last annotation holds, where one namespace serves two purposes (tag_open). */
  void describe(String rules) {
    ((ObjectNode) last.get("annotation_metadata")).put("annotation_rules", rules);
  }

  /** An annotation of one observation; returns the annotation. */
  ObjectNode add(
      String namespace, double time, double duration, JsonNode value, Double confidence) {
    observe(annotation(namespace, time, duration), time, duration, value, confidence);
    return last;
  }

  void observe(ArrayNode data, double time, double duration, JsonNode value, Double confidence) {
    ObjectNode o = data.addObject();
    o.put("time", time);
    o.put("duration", Math.max(0, duration));
    o.set("value", value);
    if (confidence == null) {
      o.putNull("confidence");
    } else {
      o.put("confidence", confidence);
    }
  }

  /** The document: file metadata, the annotations, and the seed (when known) in the sandbox. */
  ObjectNode document(Long seed) {
    ObjectNode doc = NODES.objectNode();
    ObjectNode file = doc.putObject("file_metadata");
    file.put("title", "");
    file.put("artist", "");
    file.put("release", "");
    file.put("duration", length);
    file.putObject("identifiers");
    file.put("jams_version", Jams.JAMS_VERSION);
    doc.set("annotations", annotations);
    ObjectNode sandbox = doc.putObject("sandbox");
    if (seed != null) {
      sandbox.put("cadenza_seed", seed);
    }
    return doc;
  }
}
