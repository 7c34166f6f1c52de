package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/cadenza runs the shaded jar from anywhere and passes streams and exit codes through. */
class LauncherIT {

  @TempDir Path dir;

  /** A 0.1 s silent 16-bit mono WAV with exact sizes: 44-byte header + 1600 bytes. */
  private static byte[] smallWav() {
    var b = java.nio.ByteBuffer.allocate(44 + 1600).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + 1600).put("WAVEfmt ".getBytes()).putInt(16);
    b.putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000);
    b.putShort((short) 2).putShort((short) 16).put("data".getBytes()).putInt(1600);
    return b.array();
  }

  @Test
  void runsFromAnotherDirectoryThroughASymlinkWithStdinAndStdout() throws Exception {
    Path link = dir.resolve("cz");
    Files.createSymbolicLink(link, Launcher.path());
    ExternalTools.Result run =
        ExternalTools.run(List.of(link.toString(), "analyze", "-"), smallWav(), dir);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(Json.mapper().readTree(run.stdout()).at("/format/frames").asLong()).isEqualTo(800);
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void exitCodesPassThrough() throws Exception {
    ExternalTools.Result bad =
        ExternalTools.run(
            List.of(Launcher.path().toString(), "analyze", "-"), "junk".getBytes(), dir);
    assertThat(bad.exitCode()).isEqualTo(65);
    assertThat(bad.stdout()).isEmpty();
    assertThat(bad.stderr())
        .isEqualTo("cadenza analyze: stdin: not a WAV file (RIFF header missing)\n");
    ExternalTools.Result usage = ExternalTools.run(Launcher.path().toString(), "--no-such-flag");
    assertThat(usage.exitCode()).isEqualTo(2);
    ExternalTools.Result missing =
        ExternalTools.run(Launcher.path().toString(), "analyze", dir.resolve("x.wav").toString());
    assertThat(missing.exitCode()).isEqualTo(66);
  }

  @Test
  void versionNamesTheProject() throws Exception {
    ExternalTools.Result run = ExternalTools.run(Launcher.path().toString(), "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("cadenza ");
  }
}
