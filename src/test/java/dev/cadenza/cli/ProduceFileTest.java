package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What "the same as the pipeline" means for files: produce -o FILE holds the bytes of mix's stdout,
 * and mix -o FILE holds them too after a 36-byte JUNK chunk (RIFF's "skip me" chunk, reserving room
 * for an RF64 ds64 header).
 */
class ProduceFileTest {

  private static final String PROMPT = "house at 124 bpm in A minor, 6 seconds";

  @TempDir Path dir;

  @Test
  void mixFileIsProducesFileWithAJunkChunkAfterTheRiffHeader() throws Exception {
    Path produced = dir.resolve("produced.wav");
    CliRun produce =
        CliRun.run(
            "produce",
            PROMPT,
            "--seed",
            "5",
            "--retries",
            "0",
            "--keep-failed",
            "-q",
            "-o",
            produced.toString());
    assertThat(produce.exitCode()).as(produce.stderr()).isIn(0, 3);

    CliRun spec = CliRun.run("parse", PROMPT, "--seed", "5");
    CliRun manifest =
        CliRun.withInput(
            spec.stdoutBytes(), "generate", "-", "-o", dir.resolve("stems").toString());
    Path mixed = dir.resolve("mixed.wav");
    CliRun mix = CliRun.withInput(manifest.stdoutBytes(), "mix", "-", "-q", "-o", "" + mixed);
    assertThat(mix.exitCode()).as(mix.stderr()).isZero();

    byte[] p = Files.readAllBytes(produced);
    byte[] m = Files.readAllBytes(mixed);
    assertThat(m).hasSize(p.length + 36);
    assertThat(new String(m, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("JUNK");
    assertThat(riffSize(m)).isEqualTo(riffSize(p) + 36);
    assertThat(Arrays.copyOfRange(m, 12 + 36, m.length))
        .isEqualTo(Arrays.copyOfRange(p, 12, p.length));
  }

  private static int riffSize(byte[] wav) {
    return ByteBuffer.wrap(wav, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
  }
}
