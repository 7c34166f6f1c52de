package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompletionScriptTest {

  @Test
  void committedScriptMatchesTheCommandModel() throws Exception {
    Path committed = Path.of("completions/cadenza.bash");
    assertThat(committed).exists();
    assertThat(Files.readString(committed))
        .as("completions/cadenza.bash is stale: cp target/completions/cadenza.bash completions/")
        .isEqualTo(CompletionScript.generate());
  }

  @Test
  void completionCommandPrintsTheSameScript() {
    CliRun run = CliRun.run("completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo(CompletionScript.generate()).contains("schema");
  }
}
