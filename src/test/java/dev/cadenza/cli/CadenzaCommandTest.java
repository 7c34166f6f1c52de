package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.ExitCodes;
import dev.cadenza.mix.Mastering;
import dev.cadenza.spec.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CadenzaCommandTest {

  @Test
  void versionGoesToStdoutAndExitsZero() {
    CliRun run = CliRun.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).startsWith("cadenza ");
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void unknownCommandIsOneLineUsageErrorWithExitTwo() {
    CliRun run = CliRun.run("frobnicate");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr().strip().lines()).hasSize(1);
    assertThat(run.stderr()).startsWith("cadenza: ").contains("frobnicate");
  }

  @Test
  void helpListsExitCodes() {
    CliRun run = CliRun.run("--help");
    assertThat(run.exitCode()).isZero();
    for (int code : new int[] {2, 3, 65, 66, 70, 74}) {
      assertThat(run.stdout()).containsPattern("(?m)^\\s+" + code + "\\s");
    }
  }

  @Test
  void helpListsEveryExitCodeDefinedWithWhatItMeans() throws Exception {
    String help = CliRun.run("--help").stdout();
    for (Field f : ExitCodes.class.getFields()) {
      if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
        int code = f.getInt(null);
        assertThat(ExitCodes.meanings()).as(f.getName()).containsKey(code);
        assertThat(help)
            .containsPattern(
                "(?m)^\\s+" + code + "\\s+" + Pattern.quote(ExitCodes.meanings().get(code)));
      }
    }
  }

  /**
   * A help text is formatted by picocli, which warns on the process's own standard error (not the
   * command's stream) when a '%' is not escaped, and then prints the line unformatted.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"parse", "generate", "mix", "produce", "analyze", "qa", "schema", "completion"})
  void everyCommandsHelpFormatsWithoutWarnings(String command) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun run;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      run = CliRun.run(command, "--help");
    } finally {
      System.setErr(original);
    }
    assertThat(run.exitCode()).isZero();
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
    assertThat(run.stderr()).doesNotContain("WARN");
  }

  @Test
  void qaHelpSaysWhatASpecIsCheckedFor() {
    assertThat(CliRun.run("qa", "--help").stdout())
        .contains("With --spec: duration, tempo and key");
  }

  @Test
  void schemaPrintsAJsonSchemaWhoseSchemaFieldIsTheContractTag() throws Exception {
    CliRun run = CliRun.run("schema", "analysis");
    assertThat(run.exitCode()).isZero();
    JsonNode schema = Json.mapper().readTree(run.stdoutBytes());
    assertThat(schema.at("/properties/schema/const").asText()).isEqualTo("cadenza.analysis/1");
    assertThat(schema.at("/properties/levels/properties/samplePeakDbfs/type").toString())
        .contains("null");
  }

  @Test
  void schemaOfUnknownDocumentIsAUsageError() {
    CliRun run = CliRun.run("schema", "nonsense");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("nonsense").contains("analysis");
  }

  @Test
  void reportOnceAPlannedStageIsACommandThatAsksForItsPage() {
    CliRun run = CliRun.run("report", "renders/");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("--output").doesNotContain("not available yet");
  }

  @Test
  void aTypoGetsTheCommandsAndOptionsItIsCloseTo() {
    CliRun command = CliRun.run("anlyze", "song.wav");
    assertThat(command.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(command.stderr()).hasLineCount(1).contains("(did you mean 'analyze'?)");
    CliRun option = CliRun.run("mix", "--preest", "club");
    assertThat(option.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(option.stderr()).hasLineCount(1).contains("did you mean '--preset'");
  }

  @Test
  void mixHelpAndReadmeQuoteTheToleranceMasteringAimsFor() throws Exception {
    String tolerance = "within " + Mastering.Settings.DEFAULT_TOLERANCE_LU + " LU of the target";
    assertThat(CliRun.run("mix", "--help").stdout().replaceAll("\\s+", " ")).contains(tolerance);
    assertThat(Files.readString(Path.of("README.md")).replaceAll("\\s+", " ")).contains(tolerance);
  }
}
