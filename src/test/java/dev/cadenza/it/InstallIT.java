package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/install puts cadenza on the PATH of a prefix, with its completions and man page, and
 * --uninstall takes every file away again.
 */
class InstallIT {

  @TempDir Path prefix;

  private static ExternalTools.Result sh(String script, Path prefix) throws Exception {
    return ExternalTools.run(
        List.of("sh", "-c", "PATH=\"" + prefix + "/bin:$PATH\"; " + script), new byte[0], null);
  }

  @Test
  void installsALauncherCompletionsAndAManPageThatWorkAndUninstallsThem() throws Exception {
    ExternalTools.Result install = ExternalTools.run("bin/install", prefix.toString());
    assertThat(install.exitCode()).as(install.stderr()).isZero();
    assertThat(install.out()).contains("installed cadenza in " + prefix);
    for (String file :
        List.of(
            "bin/cadenza",
            "share/cadenza/cadenza.jar",
            "share/bash-completion/completions/cadenza",
            "share/zsh/site-functions/_cadenza",
            "share/fish/vendor_completions.d/cadenza.fish",
            "share/man/man1/cadenza.1")) {
      assertThat(prefix.resolve(file)).isRegularFile();
    }
    // On the PATH, from another folder, with nothing of the checkout needed but the jar copied.
    ExternalTools.Result version = sh("cd / && cadenza --version", prefix);
    assertThat(version.exitCode()).as(version.stderr()).isZero();
    assertThat(version.out()).startsWith("cadenza ");
    ExternalTools.Result completion =
        ExternalTools.run(
            List.of(
                "bash",
                "-c",
                ". \"$1/share/bash-completion/completions/cadenza\" && complete -p cadenza",
                "bash",
                prefix.toString()),
            new byte[0],
            null);
    assertThat(completion.out()).contains("_cadenza");

    ExternalTools.Result uninstall =
        ExternalTools.run("bin/install", "--uninstall", prefix.toString());
    assertThat(uninstall.exitCode()).as(uninstall.stderr()).isZero();
    try (Stream<Path> left = Files.walk(prefix)) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void theManPageRendersWithoutWarnings() throws Exception {
    ExternalTools.require("man");
    ExternalTools.Result install = ExternalTools.run("bin/install", prefix.toString());
    assertThat(install.exitCode()).as(install.stderr()).isZero();
    ExternalTools.Result man =
        ExternalTools.run(
            List.of(
                "sh",
                "-c",
                "MANWIDTH=100 man --warnings -M \"" + prefix + "/share/man\" cadenza | cat"),
            new byte[0],
            null);
    assertThat(man.stderr()).isEmpty();
    assertThat(man.out())
        .contains("cadenza mix", "--preset", "EXIT STATUS", "input file missing or unreadable");
  }

  @Test
  void aBadOptionIsAUsageError() throws Exception {
    ExternalTools.Result bad = ExternalTools.run("bin/install", "--frobnicate");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.stderr()).contains("usage: bin/install");
  }
}
