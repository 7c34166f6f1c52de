package dev.cadenza.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import dev.cadenza.cli.CliRun;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report pages of a real track folder (produce's outputs in one folder, a four-second house track
 * with stems) and of a batch folder made from it by hand: a copy of the folder as a done job, and a
 * failed job that has only its journal entries.
 */
class ReportTest {

  @TempDir static Path dir;
  private static Path track;

  @BeforeAll
  static void produce() throws IOException {
    track = Files.createDirectories(dir.resolve("house"));
    CliRun run =
        CliRun.run(
            "produce",
            "house, 4 seconds",
            "--seed",
            "1",
            "--retries",
            "0",
            "--keep-failed",
            "-o",
            track.resolve("master.wav").toString(),
            "--report",
            track.resolve("report.json").toString(),
            "--stems",
            track.resolve("stems").toString(),
            "-q");
    assertThat(run.exitCode()).as(run.stderr()).isIn(0, 3);
  }

  @Test
  void aTrackPageHoldsEveryPartWithItsPicturesInline() throws IOException {
    Path page = dir.resolve("one/house.html");
    Report.write(Sources.of(List.of(track)), page, false, name -> {});
    String html = Files.readString(page);
    assertThat(dataPngs(html)).hasSize(2).allSatisfy(p -> assertThat(p).startsWith(PNG));
    assertThat(html)
        .contains("src=\"../house/master.wav\"")
        .contains("src=\"../house/stems/bass.wav\"")
        .contains("button type=\"button\" class=\"solo\"")
        .contains("<table class=\"qa\"")
        .contains(">integratedLoudness</th>")
        .contains("Spec as understood")
        .contains("“house, 4 seconds”")
        .doesNotContain("http://", "https://", "<link", "src=\"http");
    int checks =
        Json.mapper().readTree(track.resolve("report.json").toFile()).at("/qa/checks").size();
    assertThat(count(html, "<tr class=\"(pass|fail)\"><th scope=\"row\">")).isEqualTo(checks);
    assertThat(Files.list(page.getParent())).containsExactly(page);
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    Path a = dir.resolve("same/a.html");
    Path b = dir.resolve("same/b.html");
    Report.write(Sources.of(List.of(track)), a, false, name -> {});
    Report.write(Sources.of(List.of(track)), b, false, name -> {});
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void textFromTheReportIsEscaped() throws IOException {
    Path hostile = copy(track, dir.resolve("hostile/<b>"));
    ObjectNode report =
        (ObjectNode) Json.mapper().readTree(hostile.resolve("report.json").toFile());
    ((ObjectNode) report.get("spec")).put("prompt", "</script><script>alert(1)</script>");
    Json.mapper().writeValue(hostile.resolve("report.json").toFile(), report);
    Path page = dir.resolve("hostile.html");
    Report.write(Sources.of(List.of(hostile, track)), page, false, name -> {});
    String html = Files.readString(page);
    assertThat(html)
        .doesNotContain("alert(1)</script>")
        .contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains(">&lt;b&gt;</a>");
  }

  @Test
  void embedInlinesTheAudio() throws IOException {
    Path page = dir.resolve("embed/house.html");
    Report.write(Sources.of(List.of(track)), page, true, name -> {});
    String html = Files.readString(page);
    Matcher master =
        Pattern.compile("aria-label=\"Master\" src=\"data:audio/wav;base64,([^\"]+)\"")
            .matcher(html);
    assertThat(master.find()).isTrue();
    assertThat(Base64.getDecoder().decode(master.group(1)))
        .isEqualTo(Files.readAllBytes(track.resolve("master.wav")));
  }

  @Test
  void aBatchFolderListsItsJobsFailedOnesFromTheJournal() throws IOException {
    Path batch = dir.resolve("batch");
    copy(track, batch.resolve("b-done"));
    Files.writeString(
        batch.resolve("journal.jsonl"),
        "{\"event\":\"planned\",\"time\":\"2026-01-01T00:00:00.000Z\",\"jobs\":[\"b-done\",\"a-failed\",\"c-pending\"]}\n"
            + "{\"event\":\"started\",\"id\":\"b-done\",\"time\":\"2026-01-01T00:00:01.000Z\"}\n"
            + "{\"event\":\"done\",\"id\":\"b-done\",\"time\":\"2026-01-01T00:00:02.000Z\",\"seconds\":12.5}\n"
            + "{\"event\":\"started\",\"id\":\"a-failed\",\"time\":\"2026-01-01T00:00:03.000Z\"}\n"
            + "{\"event\":\"failed\",\"id\":\"a-failed\",\"time\":\"2026-01-01T00:00:04.000Z\","
            + "\"seconds\":3.25,\"exitCode\":3,\"reason\":\"QA: tempo failed\"}\n",
        StandardCharsets.UTF_8);
    Sources.Found found = Sources.of(List.of(batch));
    assertThat(found.batch()).isTrue();
    List<Entry> entries = found.entries();
    assertThat(entries).extracting(Entry::name).containsExactly("a-failed", "b-done", "c-pending");
    assertThat(entries).extracting(Entry::state).containsExactly("failed", "done", "pending");
    assertThat(entries.get(0).reason()).isEqualTo("QA: tempo failed");
    assertThat(entries.get(0).track()).isNull();
    assertThat(entries.get(1).track()).isNotNull();
    assertThat(entries.get(1).seconds()).isEqualTo(12.5);

    Path page = batch.resolve("report.html");
    Report.write(found, page, false, name -> {});
    String html = Files.readString(page);
    assertThat(html)
        .contains("<table id=\"tracks\"")
        .contains("failed: QA: tempo failed")
        .contains("<a href=\"#t2-b-done\">b-done</a>")
        .contains("<details class=\"track\" id=\"t2-b-done\">")
        .contains("src=\"report_files/t2-b-done-analysis.png\"")
        .contains("src=\"b-done/master.wav\"");
    assertThat(dataPngs(html)).isEmpty();
    assertThat(batch.resolve("report_files/t2-b-done-analysis.png")).isRegularFile();
    assertThat(batch.resolve("report_files/t2-b-done-piano-roll.png")).isRegularFile();
  }

  @Test
  void aPathThatIsNoTrackIsRefused() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> Sources.of(List.of(empty)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("neither a track folder");
    assertThatThrownBy(() -> Sources.of(List.of(dir.resolve("nowhere"))))
        .isInstanceOf(MissingInputException.class);
    Path noMaster = copy(track, dir.resolve("no-master"));
    Files.delete(noMaster.resolve("master.wav"));
    assertThatThrownBy(() -> Sources.of(List.of(noMaster.resolve("report.json"))))
        .isInstanceOf(MissingInputException.class)
        .hasMessageContaining("without its master");
  }

  private static final String PNG =
      Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'}).substring(0, 4);

  private static List<String> dataPngs(String html) {
    return Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"")
        .matcher(html)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  private static long count(String html, String regex) {
    return Pattern.compile(regex).matcher(html).results().count();
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }
}
