package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same spec and seed give bit-identical stems and MIDI under the build's JDK and under a second
 * JDK (Temurin 25 where installed, or CADENZA_SECOND_JDK).
 */
class CrossJdkDeterminismIT {

  @TempDir Path dir;

  private static Path secondJdk() {
    String configured = System.getenv("CADENZA_SECOND_JDK");
    Path jdk = Path.of(configured != null ? configured : "/usr/lib/jvm/temurin-25-jdk-amd64");
    return Files.isExecutable(jdk.resolve("bin/java")) ? jdk : null;
  }

  @Test
  void generateIsBitIdenticalAcrossJdks() throws Exception {
    Path second = secondJdk();
    assumeTrue(second != null, "no second JDK installed");
    Path spec = dir.resolve("spec.json");
    Files.writeString(
        spec,
        "{\"genre\":\"house\",\"bpm\":124,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"energy\":0.7,\"seed\":11,\"durationSeconds\":8}");
    Map<String, String> first = render(spec, dir.resolve("a"), null);
    Map<String, String> other = render(spec, dir.resolve("b"), second);
    assertThat(first).isNotEmpty().containsKey("arrangement.mid");
    assertThat(other).isEqualTo(first);
  }

  /** The JDK's software synthesizer (not cadenza's code) plays the melodic parts here. */
  @Test
  void soundfontRenderIsBitIdenticalAcrossJdks() throws Exception {
    Path second = secondJdk();
    assumeTrue(second != null, "no second JDK installed");
    ExternalTools.requireFile(SoundfontIT.FLUID, SoundfontIT.FLUID_PACKAGE);
    Path spec = dir.resolve("spec.json");
    Files.writeString(
        spec,
        "{\"genre\":\"trap\",\"bpm\":140,\"key\":{\"tonic\":\"G\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"energy\":0.7,\"seed\":5,\"durationSeconds\":8}");
    String font = SoundfontIT.FLUID.toString();
    Map<String, String> first = render(spec, dir.resolve("a"), null, "--soundfont", font);
    Map<String, String> other = render(spec, dir.resolve("b"), second, "--soundfont", font);
    assertThat(first).containsKeys("bass.wav", "chords.wav");
    assertThat(other).isEqualTo(first);
  }

  private Map<String, String> render(Path spec, Path out, Path javaHome, String... extra)
      throws Exception {
    List<String> command = new ArrayList<>();
    if (javaHome != null) {
      command.addAll(List.of("env", "JAVA_HOME=" + javaHome));
    }
    command.addAll(
        List.of(Launcher.path().toString(), "generate", spec.toString(), "-o", out.toString()));
    command.addAll(List.of(extra));
    ExternalTools.Result run = ExternalTools.run(command, new byte[0], dir);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return ExternalTools.digests(out);
  }
}
