package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.ExitCodes;
import dev.cadenza.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest's paths are data from whoever wrote it: they stay in the manifest's folder. */
class ManifestPathAbuseTest {

  @TempDir Path dir;

  private Path manifest(Path folder, String stemFile) throws Exception {
    Files.createDirectories(folder);
    Path m = folder.resolve("manifest.json");
    Files.writeString(
        m,
        "{\"schema\":\"cadenza.manifest/1\",\"seed\":1,\"stems\":[{\"name\":\"lead\",\"file\":\""
            + stemFile
            + "\",\"role\":\"lead\",\"gainDb\":0,\"pan\":0}],\"midi\":\"arrangement.mid\"}",
        StandardCharsets.UTF_8);
    return m;
  }

  @Test
  void pathsThatLeaveTheFolderAreRefusedBeforeTheyAreOpened() throws Exception {
    Abuse.tone(dir, "outside.wav");
    Path folder = dir.resolve("track");
    for (String path :
        new String[] {
          "../outside.wav",
          dir.resolve("outside.wav").toString(),
          "/proc/self/environ",
          "/etc/shadow",
          "stems/../../outside.wav"
        }) {
      Path m = manifest(folder, path);
      CliRun run = CliRun.run("mix", m.toString(), "--preset", "none");
      assertThat(run.exitCode()).as(path + ": " + run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(Abuse.oneLine(run, "mix"))
          .contains(m.toString())
          .contains(path)
          .contains("outside the manifest's folder")
          .doesNotContain("not found");
      assertThat(run.stdoutBytes()).isEmpty();
    }
  }

  @Test
  void relativePathsResolveAgainstTheManifestsFolderNotTheWorkingDirectory() throws Exception {
    Path folder = dir.resolve("track");
    Files.createDirectories(folder.resolve("stems"));
    Abuse.tone(folder.resolve("stems"), "lead.wav");
    Path m = manifest(folder, "stems/lead.wav");
    CliRun run = CliRun.run("mix", m.toString(), "--preset", "none");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdoutBytes()).isNotEmpty();
  }

  @Test
  void anyPathLetsTheUserFollowThemOnPurpose() throws Exception {
    Abuse.tone(dir, "outside.wav");
    Path m = manifest(dir.resolve("track"), "../outside.wav");
    CliRun run = CliRun.run("mix", m.toString(), "--preset", "none", "--any-path");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdoutBytes()).isNotEmpty();
  }

  @Test
  void qaStemsKeepsToTheFolderToo() throws Exception {
    Abuse.tone(dir, "outside.wav");
    Path m = manifest(dir.resolve("track"), "../outside.wav");
    // The MIDI file is read first: it too must lie in the folder.
    Files.writeString(m, Files.readString(m).replace("\"arrangement.mid\"", "\"../outside.mid\""));
    CliRun run = CliRun.run("qa", "--stems", m.toString());
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Abuse.oneLine(run, "qa"))
        .contains("midi: ../outside.mid")
        .contains("outside the manifest's folder");
  }
}
