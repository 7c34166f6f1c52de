package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page as a person uses it, in headless Chromium (Debian's chromium, installed by
 * .ci/install-tools): a batch run with --report writes OUTDIR/report.html; the test sorts and
 * filters its table, opens a track, waits for its pictures and its master's audio to load, reads
 * the QA table, solos two stems in turn, and saves screenshots under target/report-screenshots/
 * (the batch page on a laptop, a track page on a laptop and on a phone).
 */
class ReportBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target/report-screenshots");

  @TempDir static Path dir;
  private static Path outdir;
  private static Chromium chromium;

  @BeforeAll
  static void batchAndBrowser() throws Exception {
    ExternalTools.require("chromium");
    Path jobs = dir.resolve("jobs.jsonl");
    Files.writeString(
        jobs,
        "{\"id\":\"lofi\",\"prompt\":\"lofi hip hop, 80 bpm, 12 seconds\",\"seed\":1}\n"
            + "{\"id\":\"techno\",\"prompt\":\"dark techno at 132 bpm in A minor, 12 seconds\","
            + "\"seed\":3}\n"
            // A target no master reaches: a job that fails QA and has no folder.
            + "{\"id\":\"too-loud\",\"prompt\":\"house, 4 seconds\",\"seed\":5,"
            + "\"targetLufs\":-2,\"retries\":0}\n",
        StandardCharsets.UTF_8);
    outdir = dir.resolve("renders");
    ExternalTools.Result batch =
        ExternalTools.run(
            List.of(
                Launcher.path().toString(),
                "batch",
                jobs.toString(),
                "-o",
                outdir.toString(),
                "--report",
                "--stems",
                "-q"),
            new byte[0],
            null);
    assertThat(batch.exitCode()).as(batch.stderr()).isEqualTo(3);
    chromium = Chromium.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void theBatchPageSortsFiltersAndOpensATrack() throws IOException {
    Path page = outdir.resolve("report.html");
    assertThat(page).isRegularFile();
    assertThat(Files.readString(page)).doesNotContain("http://", "https://");
    chromium.viewport(1280, 900, false);
    chromium.open(page);
    assertThat(names()).containsExactly("lofi", "techno", "too-loud");

    click("#tracks thead button[data-column='2']");
    // A job with no tempo (it failed) sorts last both ways.
    assertThat(sortKeys(2)).containsExactly("80.0000", "132.0000", "");
    assertThat(text("#tracks th[aria-sort='ascending']")).startsWith("Tempo");
    click("#tracks thead button[data-column='2']");
    assertThat(sortKeys(2)).containsExactly("132.0000", "80.0000", "");
    assertThat(text("#tracks th[aria-sort='descending']")).startsWith("Tempo");

    type("#filter-text", "lofi");
    assertThat(visibleNames()).containsExactly("lofi");
    assertThat(text("#shown")).isEqualTo("1 of 3 tracks shown");
    type("#filter-text", "");
    choose("#filter-qa", "fail");
    assertThat(visibleNames())
        .contains("too-loud")
        .doesNotContain(passedNames().toArray(new String[0]));
    choose("#filter-qa", "");
    choose("#filter-genre", "techno");
    assertThat(visibleNames()).containsExactly("techno");
    choose("#filter-genre", "");

    click("#tracks a[href$='-techno']");
    assertRendered(trackContents("details.track[open]"), stemFiles("techno"));
    // Pictures in files beside the page: each has a plain link to its file.
    assertThat(
            strings(
                "[...document.querySelectorAll('details.track[open] figure')].map(f =>"
                    + " f.querySelector('a').getAttribute('href') ==="
                    + " f.querySelector('img').getAttribute('src'))"))
        .containsExactly("true", "true");
    assertLabelled();
    chromium.screenshot(SCREENSHOTS.resolve("batch.png"));
  }

  @Test
  void aTrackPageShowsEverythingAndSolosOneStemAtATime() throws Exception {
    Path page = dir.resolve("lofi.html");
    ExternalTools.Result report =
        ExternalTools.run(
            Launcher.path().toString(),
            "report",
            outdir.resolve("lofi").toString(),
            "-o",
            page.toString(),
            "-q");
    assertThat(report.exitCode()).as(report.stderr()).isZero();
    chromium.viewport(1280, 900, false);
    chromium.open(page);
    assertRendered(trackContents("section.track"), stemFiles("lofi"));
    assertLabelled();
    assertThat(
            chromium
                .evaluate(
                    "document.querySelector(\""
                        + PIANO_ROLL
                        + " figcaption\").firstChild.textContent")
                .asText())
        .as("the drum lane's sounds, kick at the bottom")
        .contains("Drum lane, top to bottom:")
        .endsWith("Bass Drum 1.");
    click(PIANO_ROLL + " button.full-size");
    assertThat(fullSize()).containsExactly("true", "1600", "1600", "true", "true");
    click(PIANO_ROLL + " button.full-size");
    assertThat(fullSize().get(0)).isEqualTo("false");

    click(".stems li:nth-child(1) button.solo");
    assertThat(pressed()).startsWith(true, false).containsOnlyOnce(true);
    waitFor("!document.querySelector('.stems li:nth-child(1) audio').paused");
    click(".stems li:nth-child(2) button.solo");
    assertThat(pressed()).startsWith(false, true).containsOnlyOnce(true);
    waitFor("!document.querySelector('.stems li:nth-child(2) audio').paused");
    assertThat(
            chromium
                .evaluate("[...document.querySelectorAll('audio')].filter(a => !a.paused).length")
                .asInt())
        .as("players playing at once")
        .isEqualTo(1);
    click(".stems li:nth-child(2) button.solo");
    assertThat(pressed()).containsOnly(false);
    chromium.screenshot(SCREENSHOTS.resolve("track.png"));

    chromium.viewport(390, 844, true);
    chromium.open(page);
    assertThat(chromium.evaluate("document.documentElement.scrollWidth <= 390").asBoolean())
        .as("no sideways scrolling on a phone")
        .isTrue();
    chromium.screenshot(SCREENSHOTS.resolve("track-phone.png"));
    click(PIANO_ROLL + " button.full-size");
    assertThat(fullSize())
        .as("full size on a phone")
        .containsExactly("true", "1600", "1600", "true", "true");
    // Swiped along to the second section, where the drums come in.
    assertThat(
            chromium
                .evaluate(
                    "(() => { const fr = document.querySelector(\""
                        + PIANO_ROLL
                        + " .frame\"); fr.scrollIntoView({block: 'center'}); fr.scrollLeft = 560;"
                        + " return fr.scrollLeft; })()")
                .asInt())
        .as("the frame scrolls sideways")
        .isEqualTo(560);
    chromium.screenshot(SCREENSHOTS.resolve("track-phone-full-size.png"));
  }

  private static final String PIANO_ROLL = "figure:has(img[alt^='Piano roll'])";

  /**
   * The piano roll's Full size state: pressed, the picture's shown and natural widths, whether its
   * frame scrolls sideways, and whether the page itself still does not.
   */
  private List<String> fullSize() {
    return strings(
        "(() => { const f = document.querySelector(\""
            + PIANO_ROLL
            + "\"); const i = f.querySelector('img'); const fr = f.querySelector('.frame');"
            + " return [f.querySelector('button.full-size').getAttribute('aria-pressed'),"
            + " String(i.clientWidth), String(i.naturalWidth),"
            + " String(fr.scrollWidth > fr.clientWidth),"
            + " String(document.documentElement.scrollWidth <= innerWidth)]; })()");
  }

  /** Every player, button and field on the page has a name a screen reader can say. */
  private void assertLabelled() {
    assertThat(
            strings(
                "[...document.querySelectorAll('audio, button, input, select')]"
                    + ".filter(e => !(e.getAttribute('aria-label') || e.textContent.trim()"
                    + " || e.closest('label'))).map(e => e.outerHTML.slice(0, 120))"))
        .as("controls without a name")
        .isEmpty();
  }

  /**
   * Waits for a track's pictures to decode and its master to load its metadata, then says what
   * rendered: each picture's natural size, the master's duration, the QA table's checks, the number
   * of stem players.
   */
  private JsonNode trackContents(String selector) {
    return chromium.evaluate(
        "(async () => {"
            + " const t = document.querySelector(\""
            + selector
            + "\");"
            + " const imgs = [...t.querySelectorAll('figure img')];"
            + " imgs.forEach(i => i.loading = 'eager');"
            + " await Promise.all(imgs.map(i => i.decode()));"
            + " const master = t.querySelector('.player audio');"
            + " master.preload = 'metadata';"
            + " await new Promise((ok, no) => { if (master.readyState > 0) ok();"
            + "   master.onloadedmetadata = ok; master.onerror = () => no('master: ' +"
            + "   (master.error && master.error.code)); master.load(); });"
            + " return { pictures: imgs.map(i => [i.naturalWidth, i.naturalHeight, i.alt]),"
            + "   duration: master.duration,"
            + "   checks: [...t.querySelectorAll('table.qa tbody th')].map(th => th.textContent),"
            + "   verdicts: t.querySelectorAll('table.qa .verdict').length,"
            + "   stems: t.querySelectorAll('.stems audio').length,"
            + "   spec: t.querySelectorAll('table.spec tbody tr').length };"
            + "})()");
  }

  private static long stemFiles(String job) throws IOException {
    try (var files = Files.list(outdir.resolve(job).resolve("stems"))) {
      return files.filter(f -> f.toString().endsWith(".wav")).count();
    }
  }

  private static void assertRendered(JsonNode track, long stems) {
    assertThat(track.path("pictures")).hasSize(2);
    assertThat(track.path("pictures").get(0).get(0).asInt()).isEqualTo(1600);
    assertThat(track.path("pictures").get(0).get(2).asText()).startsWith("Analysis");
    assertThat(track.path("pictures").get(1).get(0).asInt()).isEqualTo(1600);
    assertThat(track.path("pictures").get(1).get(2).asText()).startsWith("Piano roll");
    assertThat(track.path("duration").asDouble()).isBetween(10.0, 30.0);
    List<String> checks = new ArrayList<>();
    track.path("checks").forEach(c -> checks.add(c.asText()));
    assertThat(checks).contains("integratedLoudness", "truePeak", "tempo", "key");
    assertThat(track.path("verdicts").asInt()).isEqualTo(checks.size());
    assertThat(track.path("stems").asLong()).isEqualTo(stems).isGreaterThan(2);
    assertThat(track.path("spec").asInt()).isGreaterThan(8);
  }

  private void click(String selector) {
    chromium.evaluate("document.querySelector(\"" + selector + "\").click()");
  }

  private void type(String selector, String text) {
    chromium.evaluate(
        "(() => { const e = document.querySelector('"
            + selector
            + "'); e.focus(); e.value = '"
            + text
            + "'; e.dispatchEvent(new Event('input', {bubbles: true})); })()");
  }

  private void choose(String selector, String value) {
    chromium.evaluate(
        "(() => { const e = document.querySelector('"
            + selector
            + "'); e.value = '"
            + value
            + "'; e.dispatchEvent(new Event('change', {bubbles: true})); })()");
  }

  private String text(String selector) {
    return chromium
        .evaluate("document.querySelector(\"" + selector + "\").textContent.trim()")
        .asText();
  }

  private List<String> names() {
    return strings("[...document.querySelectorAll('#tracks tbody th')].map(th => th.textContent)");
  }

  private List<String> visibleNames() {
    return strings(
        "[...document.querySelectorAll('#tracks tbody tr')].filter(r => !r.hidden)"
            + ".map(r => r.querySelector('th').textContent)");
  }

  private List<String> passedNames() {
    return strings(
        "[...document.querySelectorAll('#tracks tbody tr[data-qa=pass]')]"
            + ".map(r => r.querySelector('th').textContent)");
  }

  private List<String> sortKeys(int column) {
    return strings(
        "[...document.querySelectorAll('#tracks tbody tr')].map(r => r.children["
            + column
            + "].getAttribute('data-sort') || '')");
  }

  private List<Boolean> pressed() {
    List<Boolean> states = new ArrayList<>();
    chromium
        .evaluate(
            "[...document.querySelectorAll('button.solo')]"
                + ".map(b => b.getAttribute('aria-pressed') === 'true')")
        .forEach(b -> states.add(b.asBoolean()));
    return states;
  }

  private List<String> strings(String script) {
    List<String> values = new ArrayList<>();
    chromium.evaluate(script).forEach(v -> values.add(v.asText()));
    return values;
  }

  private void waitFor(String condition) {
    chromium.evaluate(
        "new Promise((ok, no) => { const start = Date.now(); (function poll() {"
            + " if ("
            + condition
            + ") ok(true);"
            + " else if (Date.now() - start > 20000) no('timed out: ' + "
            + "\""
            + condition.replace("\"", "\\\"")
            + "\");"
            + " else setTimeout(poll, 50); })(); })");
  }
}
