package dev.cadenza.music;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The production hints cadenza renders ({@code music/hints.json}) and the stage that renders each:
 * a texture part under the track, or the mix. Any other hint a prompt gives is said as not
 * rendered.
 */
public final class ProductionHints {
  static final String RESOURCE = "/dev/cadenza/music/hints.json";

  /** Rendered by a texture part (compose). */
  public static final String TEXTURE = "texture";

  /** Rendered by the mix. */
  public static final String MIX = "mix";

  private final Map<String, String> stageOf;

  private ProductionHints(Map<String, String> stageOf) {
    this.stageOf = Map.copyOf(stageOf);
  }

  public static ProductionHints standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final ProductionHints STANDARD = load();
  }

  private static ProductionHints load() {
    Map<String, String> stageOf = new TreeMap<>();
    JsonNode rendered = TableFields.read(RESOURCE).get("rendered");
    rendered.fields().forEachRemaining(e -> stageOf.put(e.getKey(), e.getValue().asText()));
    for (String stage : stageOf.values()) {
      if (!stage.equals(TEXTURE) && !stage.equals(MIX)) {
        throw new IllegalStateException(RESOURCE + ": unknown stage " + stage);
      }
    }
    return new ProductionHints(stageOf);
  }

  public boolean rendered(String hint) {
    return stageOf.containsKey(hint);
  }

  /** The hints of {@code hints} the given stage renders, in their order. */
  public List<String> renderedBy(String stage, List<String> hints) {
    return hints.stream().filter(h -> stage.equals(stageOf.get(h))).toList();
  }

  /** Every rendered hint by name, with its stage. */
  public Map<String, String> all() {
    return new TreeMap<>(stageOf);
  }
}
