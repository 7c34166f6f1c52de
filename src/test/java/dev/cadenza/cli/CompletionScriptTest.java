package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.cli.CompletionScript.Shell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The completion scripts are the command model's, and the bash one completes what a user types:
 * bash runs the committed script with COMP_WORDS set as readline would set them, in a folder of
 * known files. (zsh and fish: it/ShellCompletionIT.)
 */
class CompletionScriptTest {

  @TempDir Path dir;

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(dir.resolve("stems"));
    for (String name : List.of("song.wav", "spec.json", "sfx.sf2")) {
      Files.writeString(dir.resolve(name), "");
    }
  }

  @ParameterizedTest
  @EnumSource(Shell.class)
  void committedScriptsMatchTheCommandModel(Shell shell) throws Exception {
    Path committed = Path.of("completions", shell.fileName);
    assertThat(committed).exists();
    assertThat(Files.readString(committed))
        .as("completions/%s is stale: cp target/completions/%1$s completions/", shell.fileName)
        .isEqualTo(CompletionScript.generate(shell));
  }

  @ParameterizedTest
  @EnumSource(Shell.class)
  void completionCommandPrintsTheSameScripts(Shell shell) {
    CliRun run = CliRun.run("completion", shell.name().toLowerCase(java.util.Locale.ROOT));
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo(CompletionScript.generate(shell)).contains("schema");
    assertThat(CliRun.run("completion").stdout()).isEqualTo(CompletionScript.generate(Shell.BASH));
  }

  @Test
  void inputsAndFileOptionsCompleteFileNames() throws Exception {
    assertThat(complete("cadenza", "mix", "so")).containsExactly("song.wav");
    assertThat(complete("cadenza", "analyze", "s"))
        .containsExactlyInAnyOrder("song.wav", "spec.json", "sfx.sf2", "stems");
    assertThat(complete("cadenza", "mix", "--chain", "sp")).containsExactly("spec.json");
    assertThat(complete("cadenza", "mix", "--match", "so")).containsExactly("song.wav");
    assertThat(complete("cadenza", "produce", "--reference", "so")).containsExactly("song.wav");
    assertThat(complete("cadenza", "qa", "--spec", "sp")).containsExactly("spec.json");
    assertThat(complete("cadenza", "mix", "-o", "so")).containsExactly("song.wav");
    assertThat(complete("cadenza", "generate", "sp")).containsExactly("spec.json");
    assertThat(complete("cadenza", "generate", "--soundfont", "sf")).containsExactly("sfx.sf2");
  }

  @Test
  void folderOptionsCompleteFoldersOnly() throws Exception {
    assertThat(complete("cadenza", "generate", "spec.json", "-o", "s")).containsExactly("stems");
    assertThat(complete("cadenza", "produce", "--stems", "")).containsExactly("stems");
  }

  @Test
  void valuesCompleteFromTheirLists() throws Exception {
    assertThat(complete("cadenza", "mix", "--preset", ""))
        .containsExactly("streaming", "club", "broadcast", "podcast", "none");
    assertThat(complete("cadenza", "produce", "x", "--bits", ""))
        .containsExactly("16", "24", "32f");
    assertThat(complete("cadenza", "mix", "--bits", "=", "3")).containsExactly("32f");
    assertThat(complete("cadenza", "generate", "--sample-rate", "4"))
        .containsExactly("44100", "48000");
    assertThat(complete("cadenza", "schema", "a")).containsExactly("analysis");
    assertThat(complete("cadenza", "analyze", "--only", "lo")).containsExactly("loudness");
    assertThat(complete("cadenza", "completion", "")).containsExactly("bash", "zsh", "fish");
  }

  @Test
  void commandsOptionsAndNothingForNumbersOrPrompts() throws Exception {
    assertThat(complete("cadenza", "an")).containsExactly("analyze");
    assertThat(complete("cadenza", "mix", "--pre")).containsExactly("--preset", "--pretty");
    assertThat(complete("cadenza", "mix", "--target-lufs", "")).isEmpty();
    assertThat(complete("cadenza", "parse", "s")).isEmpty();
  }

  /** What bash's completion offers for the last word of {@code words}. */
  private List<String> complete(String... words) throws Exception {
    Path script = dir.resolve("cadenza.bash");
    Files.writeString(script, CompletionScript.generate(Shell.BASH));
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    String program =
        "source ./cadenza.bash; COMP_WORDS=("
            + array
            + "); COMP_CWORD="
            + (words.length - 1)
            + "; _cadenza; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process bash =
        new ProcessBuilder("bash", "-c", program)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(out).isZero();
    List<String> offered = new ArrayList<>(out.lines().filter(l -> !l.isEmpty()).toList());
    return offered;
  }
}
