package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real executable on a pseudo-terminal (Python's pty module): WAV audio is refused on a
 * terminal, whether bin/cadenza's isatty tells the JVM or the JVM looks for itself (java -jar), and
 * a terminal on stdin is told what is awaited, then ends with Ctrl-D.
 */
class TerminalIT {

  private static final Path SCRIPT = Path.of("src/test/resources/dev/cadenza/it/on_a_terminal.py");

  @TempDir Path dir;

  /** Runs {@code command} with the descriptors {@code fds} on a terminal. */
  private static JsonNode onATerminal(String fds, String typeAfter, String... command)
      throws Exception {
    ExternalTools.require("python3");
    List<String> line = new ArrayList<>(List.of("python3", SCRIPT.toString(), fds, typeAfter));
    line.addAll(List.of(command));
    ExternalTools.Result run = ExternalTools.run(line, new byte[0], null);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return Json.mapper().readTree(run.stdout());
  }

  @Test
  void produceRefusesATerminalOnStdoutWithAHintAndExitTwo() throws Exception {
    JsonNode run = onATerminal("1", "", Launcher.path().toString(), "produce", "house, 10 seconds");
    assertThat(run.get("exit").asInt()).isEqualTo(2);
    assertThat(run.get("terminal").asText()).isEmpty();
    assertThat(run.get("stderr").asText())
        .isEqualTo(
            "cadenza produce: standard output is a terminal, not a place for WAV audio: give -o"
                + " FILE, or redirect it (> track.wav) (see 'cadenza produce --help')\n");
  }

  @Test
  void theJarAloneFindsTheTerminalToo() throws Exception {
    JsonNode run =
        onATerminal("1", "", "java", "-jar", Path.of("target/cadenza.jar").toString(), "mix");
    assertThat(run.get("exit").asInt()).isEqualTo(2);
    assertThat(run.get("terminal").asText()).isEmpty();
    assertThat(run.get("stderr").asText()).contains("standard output is a terminal");
  }

  @Test
  void bareAnalyzeOnATerminalSaysWhatItWaitsForAndCtrlDEndsIt() throws Exception {
    String notice =
        "cadenza analyze: reading WAV audio from standard input (Ctrl-D to end; --help for usage)";
    JsonNode run = onATerminal("0", notice, Launcher.path().toString(), "analyze");
    assertThat(run.get("stderr").asText()).startsWith(notice + "\n");
    // Ctrl-D at once: an empty input, which is not a WAV file.
    assertThat(run.get("exit").asInt()).isEqualTo(65);
    assertThat(run.get("stdout").asText()).isEmpty();
  }

  @Test
  void aPipeOnStdoutStillGetsTheAudio() throws Exception {
    Path spec = dir.resolve("spec.json");
    ExternalTools.Result parsed =
        ExternalTools.run(Launcher.path().toString(), "parse", "house at 124 bpm, 4 seconds");
    java.nio.file.Files.write(spec, parsed.stdout());
    JsonNode run =
        onATerminal(
            "2", "", Launcher.path().toString(), "generate", spec.toString(), "--mixdown", "-q");
    assertThat(run.get("exit").asInt()).as(run.get("terminal").asText()).isZero();
    assertThat(run.get("stdout").asText()).startsWith("RIFF");
  }
}
