package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.ExitCodes;
import dev.cadenza.cli.CliRun;
import dev.cadenza.cli.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters in anything cadenza echoes (file names, spec fields, --set values) reach the
 * terminal as visible escapes, and huge values are cut: ESC ] 0 ; … BEL would retitle the terminal,
 * ESC [ 2 J clear it.
 */
class EscapingAbuseTest {

  private static final String TITLE = "\u001b]0;pwned\u0007";

  @TempDir Path dir;

  @Test
  void escapesAreVisibleAndNothingRawReachesTheTerminal() {
    assertThat(Messages.line("a" + TITLE + "b\r\n\t\u202e\u0085"))
        .isEqualTo("a\\x1b]0;pwned\\x07b\\r\\n\\t\\u202e\\u0085");
    assertThat(Messages.line("Ré minor, 120 bpm ♯")).isEqualTo("Ré minor, 120 bpm ♯");
  }

  @Test
  void aLongValueIsCutKeepingItsStartAndEnd() {
    String value = "x".repeat(100_000) + "END";
    String cut = Messages.value(value);
    assertThat(cut).hasSizeLessThan(300).startsWith("xxxx").endsWith("END").contains("cut");
  }

  @Test
  void aFileNameWithControlCharactersIsEscaped() {
    String name = dir.resolve("song" + TITLE + ".wav").toString();
    CliRun run = CliRun.run("analyze", name);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
    assertThat(Abuse.oneLine(run, "analyze")).contains("song\\x1b]0;pwned\\x07.wav");
  }

  @Test
  void aSpecFieldWithControlCharactersAndHugeLengthIsEscapedAndCut() throws Exception {
    Path spec = dir.resolve("spec.json");
    String genre = "\u001b[2J" + "g".repeat(100_000);
    Files.writeString(
        spec,
        "{\"genre\":\"\\u001b[2J"
            + "g".repeat(100_000)
            + "\",\"bpm\":120,\"key\":{\"tonic\":\"C\",\"mode\":\"major\"},"
            + "\"timeSignature\":\"4/4\\u0007\",\"durationSeconds\":10,\"energy\":0.5,\"seed\":1}",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.run("generate", spec.toString(), "-o", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    String line = Abuse.oneLine(run, "generate");
    assertThat(line.length()).isLessThan(2_000);
    assertThat(run.stderr()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(genre).hasSizeGreaterThan(line.length());
  }

  @Test
  void aSetValueWithControlCharactersIsEscaped() {
    CliRun run = CliRun.run("parse", "techno", "--set", "genre=" + TITLE);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Abuse.oneLine(run, "parse")).contains("\\x1b]0;pwned\\x07");
  }

  @Test
  void aManifestStemPathWithControlCharactersIsEscaped() throws Exception {
    Path manifest = dir.resolve("manifest.json");
    Files.writeString(
        manifest,
        "{\"schema\":\"cadenza.manifest/1\",\"sampleRate\":44100,\"seed\":1,\"stems\":["
            + "{\"name\":\"lead\",\"role\":\"lead\",\"file\":\"lead\\u001b]0;pwned\\u0007.wav\","
            + "\"gainDb\":0,\"pan\":0}]}",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.run("mix", manifest.toString(), "-o", dir.resolve("out.wav").toString());
    assertThat(run.exitCode()).as(run.stderr()).isIn(ExitCodes.BAD_INPUT, ExitCodes.NO_INPUT);
    assertThat(Abuse.oneLine(run, "mix")).contains("lead\\x1b]0;pwned\\x07.wav");
    assertThat(dir.toFile().list()).containsExactly("manifest.json");
  }

  @Test
  void specFieldsAndParserMessagesWithControlCharactersAreEscaped() throws Exception {
    String rest = "\"timeSignature\":\"4/4\",\"durationSeconds\":10,\"energy\":0.5,\"seed\":1";
    String[] docs = {
      // The key's tonic, the schema, and a token the JSON parser quotes back.
      "{\"genre\":\"techno\",\"bpm\":120,\"key\":{\"tonic\":\"C\\u001b[2J\",\"mode\":\"major\"},"
          + rest
          + "}",
      "{\"schema\":\"cadenza.trackspec/9\\u001b[2J\",\"genre\":\"techno\",\"bpm\":120,"
          + "\"key\":{\"tonic\":\"C\",\"mode\":\"major\"},"
          + rest
          + "}",
      "{\"genre\": tech\u001b[2Jno}",
    };
    for (String doc : docs) {
      Path spec = dir.resolve("spec.json");
      Files.writeString(spec, doc, StandardCharsets.UTF_8);
      CliRun run = CliRun.run("generate", spec.toString(), "-o", dir.resolve("out").toString());
      assertThat(run.exitCode()).as(doc + run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(Abuse.oneLine(run, "generate")).contains("spec.json");
      assertThat(run.stderr()).doesNotContain("\u001b");
      assertThat(dir.toFile().list()).containsExactly("spec.json");
    }
  }
}
