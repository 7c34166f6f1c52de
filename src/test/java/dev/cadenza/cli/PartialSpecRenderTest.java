package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.music.Genre;
import dev.cadenza.music.GenreTable;
import dev.cadenza.spec.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hand-written spec that leaves fields out renders bit for bit as the spec {@code parse} gives
 * for a prompt saying the same fields with the same seed: the truth is parse's reading of the
 * words, rendered by the same generate command.
 */
class PartialSpecRenderTest {

  @TempDir Path tmp;

  /** A minimal spec and the prompt that says the same, for 30 genres across the table. */
  static Stream<Arguments> minimalSpecs() {
    List<Genre> genres = GenreTable.standard().genres();
    return IntStream.range(0, 30)
        .mapToObj(
            i -> {
              String g = genres.get(i * genres.size() / 30).name();
              long seed = 100 + i;
              int bpm = 80 + 3 * i;
              String head = "{\"genre\":\"" + g + "\",\"seed\":" + seed;
              return switch (i % 5) {
                case 0 -> Arguments.of(head + ",\"bars\":2}", g + ", 2 bars", seed);
                case 1 ->
                    Arguments.of(
                        head + ",\"bars\":2,\"bpm\":" + bpm + "}",
                        g + " at " + bpm + " bpm, 2 bars",
                        seed);
                case 2 ->
                    Arguments.of(
                        head
                            + ",\"durationSeconds\":4,\"key\":{\"tonic\":\"F#\",\"mode\":\"minor\"}}",
                        g + " in F# minor, 4 seconds",
                        seed);
                case 3 ->
                    Arguments.of(
                        head + ",\"bars\":2,\"timeSignature\":\"3/4\",\"key\":{\"tonic\":\"Bb\"}}",
                        g + " in 3/4, in Bb, 2 bars",
                        seed);
                default ->
                    Arguments.of(
                        head + ",\"durationSeconds\":5,\"key\":{\"mode\":\"minor\"}}",
                        g + " in minor, 5 seconds",
                        seed);
              };
            });
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("minimalSpecs")
  void rendersAsTheSpecParseGivesForTheSameFields(String partial, String prompt, long seed)
      throws Exception {
    Path fromPartial = tmp.resolve("partial");
    CliRun byHand = CliRun.withInput(bytes(partial), "generate", "-", "-o", fromPartial.toString());
    assertThat(byHand.exitCode()).as(byHand.stderr()).isZero();

    CliRun parsed = CliRun.run("parse", prompt, "--seed", String.valueOf(seed));
    assertThat(parsed.exitCode()).as(parsed.stderr()).isZero();
    JsonNode parsedSpec = Json.mapper().readTree(parsed.stdoutBytes());
    JsonNode given = Json.mapper().readTree(partial);
    assertThat(parsedSpec.get("genre").asText()).isEqualTo(given.get("genre").asText());
    assertThat(parsedSpec.get("unparsed")).as("the prompt says no more than the spec").isEmpty();
    Path fromPrompt = tmp.resolve("parsed");
    CliRun generated =
        CliRun.withInput(parsed.stdoutBytes(), "generate", "-", "-o", fromPrompt.toString());
    assertThat(generated.exitCode()).as(generated.stderr()).isZero();

    assertThat(byHand.stdout().replace(fromPartial.toString(), "DIR"))
        .isEqualTo(generated.stdout().replace(fromPrompt.toString(), "DIR"));
    List<String> files = names(fromPartial);
    assertThat(files).isNotEmpty().isEqualTo(names(fromPrompt));
    for (String f : files) {
      assertThat(Files.readAllBytes(fromPartial.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(fromPrompt.resolve(f)));
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
