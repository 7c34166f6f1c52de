package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zsh and fish completions in completions/ load in their shells and, for fish, complete what a
 * user types (fish's {@code complete -C} asks its completion engine directly).
 */
class ShellCompletionIT {

  private static final Path COMPLETIONS = Path.of("completions").toAbsolutePath();

  @TempDir Path dir;

  private List<String> fish(String commandLine) throws Exception {
    ExternalTools.require("fish");
    Files.writeString(dir.resolve("song.wav"), "");
    Files.writeString(dir.resolve("spec.json"), "");
    Files.createDirectories(dir.resolve("stems"));
    String script =
        "source " + COMPLETIONS.resolve("cadenza.fish") + "; complete -C '" + commandLine + "'";
    ExternalTools.Result run =
        ExternalTools.run(List.of("fish", "--no-config", "-c", script), new byte[0], dir);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stderr()).isEmpty();
    // Each line is a candidate, a tab, and its description.
    return run.out().lines().map(line -> line.split("\t")[0]).toList();
  }

  @Test
  void fishCompletesCommandsValuesAndFiles() throws Exception {
    assertThat(fish("cadenza an")).containsExactly("analyze");
    assertThat(fish("cadenza mix --preset "))
        .containsExactlyInAnyOrder("streaming", "club", "broadcast", "podcast", "none");
    assertThat(fish("cadenza mix --bits ")).containsExactlyInAnyOrder("16", "24", "32f");
    assertThat(fish("cadenza mix so")).containsExactly("song.wav");
    assertThat(fish("cadenza qa song.wav --spec sp")).containsExactly("spec.json");
    assertThat(fish("cadenza generate spec.json -o st")).containsExactly("stems/");
    assertThat(fish("cadenza mix --target-lufs ")).isEmpty();
    assertThat(fish("cadenza parse s")).isEmpty();
  }

  /** What an interactive zsh shows after the line and a Tab, escapes removed. */
  private String zsh(String commandLine) throws Exception {
    ExternalTools.require("zsh");
    ExternalTools.require("python3");
    Files.writeString(dir.resolve("song.wav"), "");
    Files.writeString(dir.resolve("spec.json"), "");
    Files.createDirectories(dir.resolve("stems"));
    ExternalTools.Result run =
        ExternalTools.run(
            List.of(
                "python3",
                Path.of("src/test/resources/dev/cadenza/it/zsh_complete.py")
                    .toAbsolutePath()
                    .toString(),
                COMPLETIONS.toString(),
                commandLine),
            new byte[0],
            dir);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return run.out().replaceAll("\\s+", " ");
  }

  @Test
  void zshCompletesCommandsValuesAndFilesAtATerminal() throws Exception {
    assertThat(zsh("cadenza mix --preset ")).contains("broadcast club none podcast streaming");
    assertThat(zsh("cadenza mix so")).contains("cadenza mix song.wav");
    assertThat(zsh("cadenza an")).contains("cadenza analyze");
    assertThat(zsh("cadenza generate spec.json -o s")).contains("-o stems");
  }

  @Test
  void zshLoadsTheFunctionAndBindsItToCadenza() throws Exception {
    ExternalTools.require("zsh");
    String script =
        "fpath=("
            + COMPLETIONS
            + " $fpath); autoload -Uz compinit; compinit -u -d "
            + dir.resolve("zcompdump")
            + "; print -r -- $_comps[cadenza]; autoload -Uz +X _cadenza"
            + " && whence -w _cadenza";
    ExternalTools.Result run =
        ExternalTools.run(List.of("zsh", "-f", "-c", script), new byte[0], dir);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stderr()).isEmpty();
    assertThat(run.out().lines()).containsExactly("_cadenza", "_cadenza: function");
    ExternalTools.Result syntax =
        ExternalTools.run("zsh", "-n", COMPLETIONS.resolve("_cadenza").toString());
    assertThat(syntax.exitCode()).as(syntax.stderr()).isZero();
  }
}
