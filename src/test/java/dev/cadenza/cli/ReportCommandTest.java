package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cadenza report: its errors, and the page batch --report writes at the end of a batch. */
class ReportCommandTest {

  @TempDir Path dir;

  @Test
  void withoutAPathOrAnOutputItIsAUsageError() {
    assertThat(CliRun.run("report").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("report", dir.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void aMissingFolderIs66AndAFolderOfNothingIs65() throws Exception {
    Path page = dir.resolve("page.html");
    CliRun missing = CliRun.run("report", dir.resolve("nowhere").toString(), "-o", page.toString());
    assertThat(missing.exitCode()).isEqualTo(66);
    assertThat(missing.stderr())
        .contains("nowhere")
        .contains("no such folder")
        .doesNotContain("\tat ");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun nothing = CliRun.run("report", empty.toString(), "-o", page.toString());
    assertThat(nothing.exitCode()).isEqualTo(65);
    assertThat(nothing.stderr().strip().lines()).hasSize(1);
    assertThat(nothing.stderr()).contains("empty").contains("neither a track folder");
    assertThat(page).doesNotExist();
  }

  @Test
  void batchReportWritesThePageBesideTheJobsAndTheSameOnARerun() throws Exception {
    Path jobs =
        Files.writeString(
            dir.resolve("jobs.jsonl"),
            "{\"id\":\"a\",\"prompt\":\"house, 4 seconds\",\"seed\":1,\"retries\":0}\n",
            StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run("batch", jobs.toString(), "-o", out.toString(), "--report", "--stems", "-q");
    assertThat(run.exitCode()).as(run.stderr()).isIn(0, 3);
    Path page = out.resolve("report.html");
    assertThat(page).isRegularFile();
    String html = Files.readString(page);
    assertThat(html).contains("<table id=\"tracks\"").contains(">a</");
    if (run.exitCode() == 0) {
      assertThat(out.resolve("a/report.json")).isRegularFile();
      assertThat(html).contains("src=\"a/master.wav\"").contains("report_files/t1-a-analysis.png");
      // The page and its pictures are not the job's outputs: the journal's hashes stay the job's.
      assertThat(Files.readString(out.resolve("journal.jsonl"))).doesNotContain("report.html");
    }
    byte[] first = Files.readAllBytes(page);
    CliRun rerun =
        CliRun.run("batch", jobs.toString(), "-o", out.toString(), "--report", "--stems", "-q");
    assertThat(rerun.exitCode()).isEqualTo(run.exitCode());
    assertThat(Files.readAllBytes(page)).isEqualTo(first);
  }

  @Test
  void batchWithoutReportWritesNoPage() throws Exception {
    Path jobs = Files.writeString(dir.resolve("jobs.jsonl"), "not json\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("batch", jobs.toString(), "-o", out.toString(), "--report", "-q");
    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(out.resolve("report.html")).doesNotExist();
  }
}
