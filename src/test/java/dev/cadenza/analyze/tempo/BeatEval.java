package dev.cadenza.analyze.tempo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TempoResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Beat F-measure (70 ms, beats of the first 5 s left out, as {@code bench/corpus/score.py} measures
 * it) of every track of one half of the evaluation corpus ({@code dev} by default), worst first,
 * and their mean. For studying the beat tracker on the development half.
 */
public final class BeatEval {

  public static void main(String[] args) throws IOException {
    String half = args.length > 0 ? args[0] : "dev";
    JsonNode root = Json.mapper().readTree(CorpusTracks.BUILD.resolve("truth.json").toFile());
    List<String> lines = new ArrayList<>();
    double sum = 0;
    int n = 0;
    for (CorpusTracks.Track track : CorpusTracks.of(half)) {
      JsonNode truth = null;
      for (JsonNode t : root.get("tracks")) {
        if (t.get("id").asText().equals(track.id())) {
          truth = t;
        }
      }
      List<Double> reference = new ArrayList<>();
      for (JsonNode b : truth.get("beats")) {
        if (b.asDouble() >= 5) {
          reference.add(b.asDouble());
        }
      }
      TempoResult result = CorpusTracks.fed(track).result();
      List<Double> estimated = new ArrayList<>();
      for (double b : result.beats()) {
        if (b >= 5) {
          estimated.add(b);
        }
      }
      double[] ref = reference.stream().mapToDouble(Double::doubleValue).toArray();
      double f = BeatMatch.fMeasure(estimated, ref, 0.07);
      sum += f;
      n++;
      lines.add(String.format(Locale.ROOT, "%.3f %-26s %s", f, track.id(), track.metre()));
    }
    lines.sort(null);
    lines.stream().limit(16).forEach(System.out::println);
    System.out.printf(Locale.ROOT, "mean beat F %.4f over %d tracks%n", sum / n, n);
  }

  private BeatEval() {}
}
