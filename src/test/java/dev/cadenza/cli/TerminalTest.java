package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the commands do when a standard stream is a terminal (tests/it: the real one). */
class TerminalTest {

  private static final Terminals STDOUT = new Terminals(false, true, false);
  private static final Terminals STDIN = new Terminals(true, false, false);

  @TempDir Path dir;

  /** 1 s of a quiet 441 Hz tone, mono (long enough to have a loudness to master). */
  private static byte[] tone() throws Exception {
    return AnalyzeCommandTest.wav(
        44100, 1, 44100, i -> 0.1 * StrictMath.sin(2 * StrictMath.PI * 441 * i / 44100.0));
  }

  @Test
  void mixRefusesToWriteAudioToATerminalBeforeReadingAnything() throws Exception {
    CliRun run = CliRun.on(STDOUT, tone(), "mix", "-");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stdoutBytes()).isEmpty();
    assertThat(run.stderr().lines())
        .containsExactly(
            "cadenza mix: standard output is a terminal, not a place for WAV audio: give -o FILE,"
                + " or redirect it (> track.wav) (see 'cadenza mix --help')");
  }

  @Test
  void produceAndGenerateMixdownRefuseTooAndSayWhatToDo() {
    CliRun produce = CliRun.on(STDOUT, new byte[0], "produce", "house, 10 seconds");
    assertThat(produce.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(produce.stdoutBytes()).isEmpty();
    assertThat(produce.stderr()).hasLineCount(1).contains("give -o FILE");
    CliRun generate = CliRun.on(STDOUT, "{}".getBytes(), "generate", "--mixdown");
    assertThat(generate.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(generate.stderr()).hasLineCount(1).contains("redirect it (> sketch.wav)");
  }

  @Test
  void audioToAFileAndJsonToTheTerminalAreFine() throws Exception {
    Path in = dir.resolve("in.wav");
    Files.write(in, tone());
    Path out = dir.resolve("out.wav");
    CliRun toFile = CliRun.on(STDOUT, new byte[0], "mix", in.toString(), "-o", out.toString());
    assertThat(toFile.exitCode()).as(toFile.stderr()).isZero();
    assertThat(out).isNotEmptyFile();
    CliRun chain = CliRun.on(STDOUT, new byte[0], "mix", in.toString(), "--print-chain");
    assertThat(chain.exitCode()).as(chain.stderr()).isZero();
    assertThat(chain.stdout()).contains("cadenza.chain/1");
  }

  @Test
  void aTerminalOnStdinIsToldWhatIsAwaitedOnce() throws Exception {
    CliRun run = CliRun.on(STDIN, tone(), "analyze");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stderr().lines())
        .containsExactly(
            "cadenza analyze: reading WAV audio from standard input (Ctrl-D to end; --help for"
                + " usage)");
    assertThat(run.stdout()).contains("cadenza.analysis/1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "qa", "mix"})
  void everyStdinReaderSaysWhatItWaitsFor(String command) {
    // An empty input ends at once (Ctrl-D at once); the notice comes before the error.
    CliRun run = CliRun.on(STDIN, new byte[0], command);
    assertThat(run.stderr().lines().findFirst().orElse(""))
        .startsWith("cadenza " + command + ": reading ")
        .endsWith(" from standard input (Ctrl-D to end; --help for usage)");
  }

  @Test
  void noNoticeWhenStdinIsNotReadOrNotATerminal() throws Exception {
    CliRun words = CliRun.on(STDIN, new byte[0], "parse", "house", "at", "124", "bpm");
    assertThat(words.exitCode()).isZero();
    assertThat(words.stderr()).doesNotContain("standard input");
    CliRun piped = CliRun.on(Terminals.NONE, tone(), "analyze");
    assertThat(piped.stderr()).isEmpty();
    CliRun usage = CliRun.on(STDIN, new byte[0], "analyze", "--no-such-option");
    assertThat(usage.stderr()).doesNotContain("standard input");
  }
}
