package dev.cadenza.analyze.tempo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tracks of one half of the evaluation corpus that {@code bench/corpus/build.sh} renders, with
 * the truth its {@code build/truth.json} gives (from the score or the way a track was made, never
 * from an analyzer). Only the development half may be used in tuning.
 */
final class CorpusTracks {

  /** The corpus folder, relative to the project root. */
  static final Path BUILD = Path.of("bench/corpus/build");

  /**
   * One track.
   *
   * @param bpm notated beats per minute, or null when the tempo changes
   * @param metre the notated time signature
   */
  record Track(String id, Path audio, Double bpm, String metre) {}

  private CorpusTracks() {}

  /** The tracks of {@code half} ("dev" or "test"); empty when the corpus is not built. */
  static List<Track> of(String half) throws IOException {
    return of(BUILD, half);
  }

  /** The tracks of {@code half} of a corpus built into {@code build}; empty when not built. */
  static List<Track> of(Path build, String half) throws IOException {
    Path truth = build.resolve("truth.json");
    List<Track> tracks = new ArrayList<>();
    if (!Files.exists(truth)) {
      return tracks;
    }
    JsonNode root = Json.mapper().readTree(truth.toFile());
    for (JsonNode t : root.get("tracks")) {
      if (!half.equals(t.path("half").asText())) {
        continue;
      }
      JsonNode bpm = t.get("bpm");
      tracks.add(
          new Track(
              t.get("id").asText(),
              build.resolve(t.get("audio").asText()),
              t.path("steady").asBoolean() && bpm != null && bpm.isNumber() ? bpm.asDouble() : null,
              t.path("metre").asText()));
    }
    return tracks;
  }

  /** A tempo analyzer fed the whole of a track. */
  static TempoAnalyzer fed(Track track) throws IOException {
    try (InputStream in = Files.newInputStream(track.audio());
        WavReader reader = WavReader.open(in, track.id())) {
      TempoAnalyzer analyzer = new TempoAnalyzer(reader.format().sampleRate());
      AudioBlock block = new AudioBlock(reader.format().channels(), 4096);
      while (reader.read(block) > 0) {
        analyzer.accept(block);
      }
      return analyzer;
    }
  }
}
