package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate --soundfont through bin/cadenza with Debian's General MIDI soundfont (installed by
 * .ci/install-tools): the render keeps the spec's tempo and key, as cadenza analyze hears them, and
 * is the same file twice.
 */
class SoundfontIT {
  static final Path FLUID = Path.of("/usr/share/sounds/sf2/FluidR3_GM.sf2");
  static final String FLUID_PACKAGE = "fluid-soundfont-gm";

  @TempDir Path dir;

  private Path spec() throws Exception {
    return Files.writeString(
        dir.resolve("spec.json"),
        "{\"genre\":\"house\",\"bpm\":124,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"energy\":0.7,\"seed\":11,\"durationSeconds\":16}");
  }

  private ExternalTools.Result cadenza(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Launcher.path().toString());
    command.addAll(List.of(args));
    return ExternalTools.run(command, new byte[0], dir);
  }

  @Test
  void theRenderHasTheSpecsTempoAndKeyAndIsTheSameTwice() throws Exception {
    ExternalTools.requireFile(FLUID, FLUID_PACKAGE);
    Path spec = spec();
    Map<String, String> first = stems(spec, dir.resolve("a"));
    Map<String, String> second = stems(spec, dir.resolve("b"));
    assertThat(first).containsKeys("bass.wav", "chords.wav", "pad.wav", "lead.wav");
    assertThat(second).isEqualTo(first);

    ExternalTools.Result mix =
        cadenza("generate", spec.toString(), "--mixdown", "--soundfont", FLUID.toString());
    assertThat(mix.exitCode()).as(mix.stderr()).isZero();
    Path wav = Files.write(dir.resolve("mix.wav"), mix.stdout());
    JsonNode whole = analyze(wav);
    assertThat(whole.get("tempo").get("bpm").asDouble())
        .isCloseTo(124, org.assertj.core.api.Assertions.within(1.0));
    assertThat(whole.get("key").get("tonic").asText()).isEqualTo("A");
    assertThat(whole.get("key").get("mode").asText()).isEqualTo("minor");
    // The soundfont's parts alone, without the built-in drums.
    JsonNode chords = analyze(dir.resolve("a").resolve("chords.wav"));
    assertThat(chords.get("key").get("tonic").asText()).isEqualTo("A");
    assertThat(chords.get("key").get("mode").asText()).isEqualTo("minor");
  }

  /**
   * FluidR3_GM has the General MIDI Level 2 drum sets the genres ask for (Power 16, Brush 40,
   * Orchestra 48 in its bank 128), so the drums play them, unannounced, instead of the built-in
   * kit.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"rock", "jazz", "cinematic"})
  void theDrumsPlayTheGenresKit(String genre) throws Exception {
    ExternalTools.requireFile(FLUID, FLUID_PACKAGE);
    Path spec =
        Files.writeString(
            dir.resolve(genre + ".json"),
            "{\"genre\":\""
                + genre
                + "\",\"bpm\":100,\"key\":{\"tonic\":\"D\",\"mode\":\"minor\"},"
                + "\"timeSignature\":\"4/4\",\"energy\":0.8,\"seed\":7,\"durationSeconds\":20}");
    ExternalTools.Result builtIn =
        cadenza("generate", spec.toString(), "-o", dir.resolve("built-in").toString());
    ExternalTools.Result kit =
        cadenza(
            "generate",
            spec.toString(),
            "-o",
            dir.resolve("kit").toString(),
            "--soundfont",
            FLUID.toString());
    assertThat(builtIn.exitCode()).as(builtIn.stderr()).isZero();
    assertThat(kit.exitCode()).as(kit.stderr()).isZero();
    assertThat(kit.stderr()).doesNotContain("bank 128");
    assertThat(ExternalTools.digests(dir.resolve("kit")).get("drums.wav"))
        .isNotNull()
        .isNotEqualTo(ExternalTools.digests(dir.resolve("built-in")).get("drums.wav"));
  }

  @Test
  void aFileThatIsNotASoundfontIsACleanError() throws Exception {
    Path bogus = Files.writeString(dir.resolve("bogus.sf2"), "RIFF but not really");
    Path out = dir.resolve("out");
    ExternalTools.Result r =
        cadenza(
            "generate", spec().toString(), "-o", out.toString(), "--soundfont", bogus.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.stderr())
        .isEqualTo(
            "cadenza generate: "
                + bogus
                + ": not a SoundFont 2 file (RIFF sfbk header missing) (give a General MIDI .sf2"
                + " file)\n");
    assertThat(out).doesNotExist();
  }

  private JsonNode analyze(Path wav) throws Exception {
    ExternalTools.Result r = cadenza("analyze", wav.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return Json.mapper().readTree(r.stdout());
  }

  private Map<String, String> stems(Path spec, Path out) throws Exception {
    ExternalTools.Result r =
        cadenza("generate", spec.toString(), "-o", out.toString(), "--soundfont", FLUID.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return ExternalTools.digests(out);
  }
}
