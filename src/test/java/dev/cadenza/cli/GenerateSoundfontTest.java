package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.analyze.AnalysisPart;
import dev.cadenza.analyze.Analyzer;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.Json;
import dev.cadenza.synth.soundfont.SineSoundfont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** generate --soundfont with a sine soundfont the test writes (the Debian GM one is in an IT). */
class GenerateSoundfontTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  private static Path sine;

  @BeforeAll
  static void writeSoundfont() throws Exception {
    sine = SineSoundfont.write(shared.resolve("sine.sf2"));
  }

  /**
   * A spec that asks for no instrument, so the style's own parts play (a spec that left the list
   * out would get the genre's instruments, as parse gives them).
   */
  private Path spec(String genre, double bpm, String tonic, String mode) throws Exception {
    Path p = tmp.resolve(genre.replace(' ', '-') + ".json");
    Files.writeString(
        p,
        "{\"genre\":\""
            + genre
            + "\",\"bpm\":"
            + bpm
            + ",\"key\":{\"tonic\":\""
            + tonic
            + "\",\"mode\":\""
            + mode
            + "\"},\"timeSignature\":\"4/4\",\"bars\":8,\"durationSeconds\":0,"
            + "\"energy\":0.6,\"seed\":23,\"instruments\":[]}");
    return p;
  }

  /** The sine file has no drum kits: the drums keep the built-in kit, and generate says so. */
  @Test
  void melodicPartsPlayTheSoundfontWhileDrumsAndFxStayBuiltIn() throws Exception {
    Path spec = spec("house", 124, "A", "minor");
    Path builtIn = tmp.resolve("built-in");
    Path withFont = tmp.resolve("soundfont");
    CliRun a = CliRun.run("generate", spec.toString(), "-o", builtIn.toString());
    CliRun b =
        CliRun.run(
            "generate", spec.toString(), "-o", withFont.toString(), "--soundfont", sine.toString());
    assertThat(a.exitCode()).as(a.stderr()).isZero();
    assertThat(b.exitCode()).as(b.stderr()).isZero();
    // The manifest does not change but for the soundfont's warnings after the spec's: the same
    // parts, files, roles and truth.
    ObjectNode withoutFont = (ObjectNode) Json.mapper().readTree(a.stdout());
    ObjectNode withFontManifest =
        (ObjectNode)
            Json.mapper().readTree(b.stdout().replace(withFont.toString(), builtIn.toString()));
    String noKits =
        sine
            + ": no drum kits (bank 128); the drums keep the built-in kit"
            + " (--drum-soundfont FILE.sf2 takes them from a drum-kit soundfont)";
    List<String> specWarnings = texts(withoutFont.remove("warnings"));
    List<String> fontWarnings = texts(withFontManifest.remove("warnings"));
    assertThat(fontWarnings).startsWith(specWarnings.toArray(String[]::new)).endsWith(noKits);
    assertThat(withFontManifest).isEqualTo(withoutFont);
    assertThat(b.stderr()).contains("cadenza generate: warning: " + noKits);
    for (String same : List.of("drums.wav", "fx.wav", "arrangement.mid")) {
      assertThat(withFont.resolve(same)).as(same).hasSameBinaryContentAs(builtIn.resolve(same));
    }
    for (String played : List.of("bass.wav", "chords.wav", "pad.wav", "lead.wav")) {
      assertThat(Files.readAllBytes(withFont.resolve(played)))
          .as(played)
          .isNotEqualTo(Files.readAllBytes(builtIn.resolve(played)));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  @Test
  void theSameSpecGivesTheSameBytesEveryRun() throws Exception {
    Path spec = spec("drum and bass", 174, "F", "minor");
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    for (Path out : List.of(first, second)) {
      CliRun r =
          CliRun.run(
              "generate", spec.toString(), "-o", out.toString(), "--soundfont", sine.toString());
      assertThat(r.exitCode()).as(r.stderr()).isZero();
    }
    try (var files = Files.list(first)) {
      for (Path f : files.toList()) {
        assertThat(second.resolve(f.getFileName())).hasSameBinaryContentAs(f);
      }
    }
  }

  /** The chords stem alone, played by sines, carries the spec's key. */
  @ParameterizedTest(name = "{0} in {2} {3}")
  @CsvSource({
    "house, 124, A, minor",
    "drum and bass, 174, F, minor",
    "pop, 118, D, major",
  })
  void theChordsStemHasTheSpecsKey(String genre, double bpm, String tonic, String mode)
      throws Exception {
    Path out = tmp.resolve("stems");
    CliRun r =
        CliRun.run(
            "generate",
            spec(genre, bpm, tonic, mode).toString(),
            "-o",
            out.toString(),
            "--soundfont",
            sine.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    Analysis a;
    try (WavReader reader = WavReader.open(out.resolve("chords.wav"))) {
      a =
          Analyzer.analyze(
              reader,
              "chords.wav",
              new Analyzer.Options(Set.of(AnalysisPart.KEY), false, -60, frames -> {}));
    }
    assertThat(a.key().tonic()).isEqualTo(tonic);
    assertThat(a.key().mode()).isEqualTo(mode);
  }

  @Test
  void programsTheSoundfontLacksAreNamedOnStderrUnlessQuiet() throws Exception {
    Path spec = spec("house", 124, "A", "minor");
    CliRun r =
        CliRun.run(
            "generate",
            spec.toString(),
            "-o",
            tmp.resolve("a").toString(),
            "--soundfont",
            sine.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr())
        .contains(
            "cadenza generate: warning: "
                + sine
                + ": no General MIDI program 33 in bank 0; playing it with preset 0:0 (Sine)");
    CliRun quiet =
        CliRun.run(
            "generate",
            spec.toString(),
            "-o",
            tmp.resolve("b").toString(),
            "--soundfont",
            sine.toString(),
            "-q");
    assertThat(quiet.exitCode()).as(quiet.stderr()).isZero();
    assertThat(quiet.stderr()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "missing, 66, no such file",
    "folder, 66, is a folder",
    "wav, 65, not a SoundFont 2 file",
    "text, 65, not a SoundFont 2 file",
    "truncated, 65, truncated SoundFont 2 file",
  })
  void aBadSoundfontIsOneLineAndWritesNothing(String kind, int exit, String problem)
      throws Exception {
    Path font =
        switch (kind) {
          case "missing" -> tmp.resolve("nothing.sf2");
          case "folder" -> Files.createDirectory(tmp.resolve("folder.sf2"));
          case "wav" ->
              Files.copy(Path.of("examples/audio/tone-and-silence.wav"), tmp.resolve("tone.sf2"));
          case "text" -> Files.writeString(tmp.resolve("notes.sf2"), "not a soundfont\n");
          default -> {
            byte[] whole = Files.readAllBytes(sine);
            yield Files.write(
                tmp.resolve("half.sf2"), java.util.Arrays.copyOf(whole, whole.length / 2));
          }
        };
    Path out = tmp.resolve("out");
    CliRun r =
        CliRun.run(
            "generate",
            spec("house", 124, "A", "minor").toString(),
            "-o",
            out.toString(),
            "--soundfont",
            font.toString());
    assertThat(r.exitCode()).isEqualTo(exit);
    assertThat(r.stderr()).startsWith("cadenza generate: " + font + ": " + problem);
    assertThat(r.stderr().strip()).doesNotContain("\n");
    assertThat(r.stdoutBytes()).isEmpty();
    assertThat(out).doesNotExist();
  }

  /** produce's stems of its first attempt are generate's, soundfont parts included. */
  @Test
  void produceRendersWithTheSoundfontAsGenerateDoes() throws Exception {
    Path spec = spec("house", 124, "A", "minor");
    Path generated = tmp.resolve("generated");
    Path produced = tmp.resolve("produced");
    CliRun g =
        CliRun.run(
            "generate",
            spec.toString(),
            "-o",
            generated.toString(),
            "--soundfont",
            sine.toString());
    assertThat(g.exitCode()).as(g.stderr()).isZero();
    CliRun p =
        CliRun.run(
            "produce",
            "--spec",
            spec.toString(),
            "--retries",
            "0",
            "--stems",
            produced.toString(),
            "-o",
            tmp.resolve("track.wav").toString(),
            "--soundfont",
            sine.toString());
    assertThat(p.exitCode()).as(p.stderr()).isIn(0, 3);
    assertThat(p.stderr()).contains("warning: " + sine + ": no General MIDI program 33");
    for (String stem : List.of("chords.wav", "bass.wav", "drums.wav")) {
      assertThat(produced.resolve(stem)).as(stem).hasSameBinaryContentAs(generated.resolve(stem));
    }
  }

  @Test
  void produceTakesTheSoundfontToo() throws Exception {
    Path missing = tmp.resolve("nothing.sf2");
    CliRun r =
        CliRun.run(
            "produce",
            "--spec",
            spec("house", 124, "A", "minor").toString(),
            "-o",
            tmp.resolve("track.wav").toString(),
            "--soundfont",
            missing.toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(r.stderr()).startsWith("cadenza produce: " + missing + ": no such file");
    assertThat(tmp.resolve("track.wav")).doesNotExist();
  }
}
