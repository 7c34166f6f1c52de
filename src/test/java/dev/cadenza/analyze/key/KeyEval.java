package dev.cadenza.analyze.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.KeyResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The key evidence of the evaluation corpus's pitched tracks of one half ({@code dev} by default),
 * one JSON line per track: the truth, the reading, the whole chroma and that of the first 8 and
 * last 6 seconds. For studying the key estimate on the development half; {@code bench/corpus/
 * score.sh} measures it.
 */
public final class KeyEval {

  public static void main(String[] args) throws IOException {
    String half = args.length > 0 ? args[0] : "dev";
    Path build = Path.of("bench/corpus/build");
    JsonNode root = Json.mapper().readTree(build.resolve("truth.json").toFile());
    for (JsonNode t : root.get("tracks")) {
      if (!half.equals(t.path("half").asText()) || !t.path("pitched").asBoolean()) {
        continue;
      }
      JsonNode key = t.get("key");
      if (key == null || key.isNull()) {
        continue;
      }
      Path audio = build.resolve(t.get("audio").asText());
      KeyAnalyzer analyzer;
      try (InputStream in = Files.newInputStream(audio);
          WavReader reader = WavReader.open(in, t.get("id").asText())) {
        analyzer = new KeyAnalyzer(reader.format());
        AudioBlock block = new AudioBlock(reader.format().channels(), 8192);
        while (reader.read(block) > 0) {
          analyzer.accept(block);
        }
      }
      KeyResult result = analyzer.result();
      Chromagram c = analyzer.chromagram();
      Double tuning = c.tuning().cents();
      double cents = tuning == null ? 0 : tuning;
      double seconds = t.path("seconds").asDouble();
      ObjectNode out = Json.mapper().createObjectNode();
      out.put("id", t.get("id").asText());
      out.set("truth", key);
      out.put("seconds", seconds);
      out.put("got", result.tonic() + " " + result.mode());
      out.set("chroma", array(c.fold(cents)));
      out.set("first", array(c.fold(0, 8, cents).chroma()));
      out.set("last", array(c.fold(seconds - 6, seconds + 1, cents).chroma()));
      System.out.println(Json.mapper().writeValueAsString(out));
    }
  }

  private static ArrayNode array(double[] values) {
    ArrayNode a = Json.mapper().createArrayNode();
    for (double v : values) {
      a.add(v);
    }
    return a;
  }
}
