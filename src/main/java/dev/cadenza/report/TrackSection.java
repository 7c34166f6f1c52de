package dev.cadenza.report;

import static dev.cadenza.report.Html.text;

import dev.cadenza.plot.AnalysisPlot;
import dev.cadenza.spec.ProduceReport;
import dev.cadenza.spec.TrackSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One track on a page: its name, prompt and verdict, what was asked against what was heard, the
 * master's player, the analysis picture, the piano roll, the QA verdicts, the attempts, the stems
 * with their players and solo buttons, the spec as understood, and every warning.
 */
final class TrackSection {

  /**
   * A track's pictures' sources on the page (a data URL or a file beside it; the piano roll's is
   * null without a MIDI file), the piano roll's height and the drum sounds of its drum lane.
   */
  record Pictures(
      String analysis, String pianoRoll, int pianoRollHeight, List<String> drumSounds) {}

  private final StringBuilder html = new StringBuilder(16 * 1024);
  private final TrackFolder track;
  private final ProduceReport report;
  private final Facts facts;
  private final String id;

  private boolean collapsed;

  private TrackSection(TrackFolder track, String id) {
    this.track = track;
    this.report = track.report();
    this.facts = Facts.of(report);
    this.id = id;
  }

  /**
   * The section's HTML; {@code collapsed} puts it in a closed disclosure (a page of many tracks),
   * otherwise it is the page's main content.
   */
  static String html(
      TrackFolder track, String id, Pictures pictures, Media media, boolean collapsed)
      throws IOException {
    return new TrackSection(track, id).build(pictures, media, collapsed);
  }

  private String build(Pictures pictures, Media media, boolean collapsed) throws IOException {
    this.collapsed = collapsed;
    if (collapsed) {
      // The content waits as the text of an inert script element until the track is opened
      // (the page's script then parses it in): a page of hundreds of tracks parses and builds
      // the players and tables of none at load. Text from files is escaped (no '<' survives),
      // so nothing in it can end the element early.
      html.append("<details class=\"track\" id=\"").append(id).append("\">\n<summary>");
      heading("h2");
      html.append(" <span class=\"glance\">")
          .append(text(glance()))
          .append("</span></summary>\n<script type=\"text/html\">\n");
    } else {
      html.append("<section class=\"track\" id=\"").append(id).append("\">\n");
      heading("h1");
    }
    prompt();
    facts();
    master(media);
    pictures(pictures);
    QaTables.checks(html, report.qa(), id);
    QaTables.attempts(html, report.attempts(), id);
    stems(media);
    SpecTable.html(html, report.spec(), id);
    warnings();
    html.append(collapsed ? "</script>\n</details>\n" : "</section>\n");
    return html.toString();
  }

  private void heading(String tag) {
    html.append('<')
        .append(tag)
        .append(" class=\"track-name\">")
        .append(text(track.name()))
        .append(' ')
        .append(facts.passed() ? badge("pass", "QA passed") : badge("fail", "QA failed"))
        .append("</")
        .append(tag)
        .append(">");
  }

  /** The facts a closed track shows: genre, tempo, key, loudness. */
  private String glance() {
    return String.join(
        " · ",
        or(facts.genre()),
        Html.number(facts.bpmAsked(), 0) + " bpm",
        or(facts.keyAsked()),
        Html.number(facts.lufs(), 1) + " LUFS");
  }

  static String badge(String kind, String words) {
    return "<span class=\"badge " + kind + "\">" + words + "</span>";
  }

  private void prompt() {
    TrackSpec spec = report.spec();
    if (spec != null && spec.prompt() != null) {
      html.append("<p class=\"prompt\">“").append(text(spec.prompt())).append("”</p>\n");
    }
  }

  private void facts() {
    html.append("<dl class=\"facts\">\n");
    fact("Genre", or(facts.genre()), null);
    fact(
        "Tempo",
        Html.number(facts.bpmAsked(), 0) + " bpm",
        "heard " + Html.number(facts.bpmHeard(), 1));
    fact("Key", or(facts.keyAsked()), "heard " + or(facts.keyHeard()));
    fact(
        "Loudness",
        Html.number(facts.lufs(), 1) + " LUFS",
        Html.number(facts.truePeak(), 1) + " dBTP true peak");
    fact("Length", Html.number(facts.seconds(), 1) + " s", null);
    if (report.manifest() != null) {
      fact("Seed", String.valueOf(report.manifest().seed()), attempts());
    }
    html.append("</dl>\n");
  }

  private String attempts() {
    int n = report.attempts() == null ? 0 : report.attempts().size();
    return n == 1 ? "1 attempt" : n + " attempts";
  }

  private static String or(String value) {
    return value == null ? "–" : value;
  }

  /** A fact and, smaller below it, what it is compared with ({@code aside}, or null). */
  private void fact(String name, String value, String aside) {
    html.append("<div><dt>").append(name).append("</dt><dd>").append(text(value));
    if (aside != null) {
      html.append("<small>").append(text(aside)).append("</small>");
    }
    html.append("</dd></div>\n");
  }

  private void master(Media media) throws IOException {
    String file = track.master().getFileName().toString();
    html.append("<div class=\"player\"><span class=\"player-name\">Master</span>")
        .append("<audio controls preload=\"none\" aria-label=\"Master\" src=\"")
        .append(text(media.audio(track.master())))
        .append("\"></audio><a href=\"")
        .append(text(media.link(track.master())))
        .append("\" download>")
        .append(text(file))
        .append("</a></div>\n");
  }

  private void pictures(Pictures pictures) {
    html.append("<h3>Analysis</h3>\n");
    figure(
        "analysis picture",
        pictures.analysis(),
        AnalysisPlot.WIDTH,
        AnalysisPlot.HEIGHT,
        "Analysis of the master: waveform with sections and beats, spectrogram, loudness curves",
        "Waveform (sections shaded, beats ticked), spectrogram, loudness against the target.");
    html.append("<h3>Piano roll</h3>\n");
    if (pictures.pianoRoll() == null) {
      html.append(
          "<p>No <code>stems/arrangement.mid</code> in this folder (produce or batch"
              + " with <code>--stems</code> writes it).</p>\n");
      return;
    }
    List<String> drums = pictures.drumSounds();
    figure(
        "piano roll",
        pictures.pianoRoll(),
        PianoRoll.WIDTH,
        pictures.pianoRollHeight(),
        "Piano roll of arrangement.mid with the sections and chords"
            + (drums.isEmpty() ? "" : ", and its drums in a lane of their own"),
        "Pitched parts of arrangement.mid under the sections and chords; lines at bars."
            + (drums.isEmpty()
                ? ""
                : " Drum lane, top to bottom: " + String.join(", ", drums) + "."));
  }

  /**
   * A picture fitted to the page's width, with a button that shows it at its full size (scrolled
   * sideways in its frame) and, for a picture in a file, a link that opens the file.
   */
  private void figure(String name, String src, int width, int height, String alt, String caption) {
    html.append("<figure><div class=\"frame\"><img src=\"")
        .append(text(src))
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append(collapsed ? "\" loading=\"lazy\" alt=\"" : "\" alt=\"")
        .append(text(alt))
        .append("\"></div><figcaption>")
        .append(text(caption))
        .append("<span class=\"actions\"><button type=\"button\" class=\"full-size\"")
        .append(" aria-pressed=\"false\">Full size")
        .append(hidden(name))
        .append("</button>");
    if (!src.startsWith("data:")) {
      html.append("<a href=\"")
          .append(text(src))
          .append("\">PNG file")
          .append(hidden(name))
          .append("</a>");
    }
    html.append("</span></figcaption></figure>\n");
  }

  /** Words for a screen reader that tell apart controls that look alike ("Full size" twice). */
  private static String hidden(String words) {
    return "<span class=\"visually-hidden\"> of the " + text(words) + "</span>";
  }

  private void stems(Media media) throws IOException {
    html.append("<h3>Stems</h3>\n");
    if (track.stems().isEmpty()) {
      html.append(
          "<p>No stems in this folder (produce or batch with <code>--stems</code>"
              + " writes them).</p>\n");
      return;
    }
    html.append("<ul class=\"stems\">\n");
    for (TrackFolder.Stem stem : track.stems()) {
      html.append("<li><span class=\"stem-name\">")
          .append(text(stem.name()))
          .append(role(stem))
          .append("</span><audio controls preload=\"none\" aria-label=\"Stem ")
          .append(text(stem.name()))
          .append("\" src=\"")
          .append(text(media.audio(stem.file())))
          .append("\"></audio><button type=\"button\" class=\"solo\" aria-pressed=\"false\">")
          .append("Solo <span class=\"visually-hidden\">")
          .append(text(stem.name()))
          .append("</span></button></li>\n");
    }
    html.append("</ul>\n");
  }

  private static String role(TrackFolder.Stem stem) {
    return stem.role() == null || stem.role().equals(stem.name())
        ? ""
        : "<small>" + text(stem.role()) + "</small>";
  }

  private void warnings() {
    List<String> all = warningLines();
    html.append("<h3>Warnings</h3>\n");
    if (all.isEmpty()) {
      html.append("<p>None: everything asked was rendered.</p>\n");
      return;
    }
    html.append("<ul class=\"warnings\">\n");
    for (String w : all) {
      html.append("<li>").append(text(w)).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  /** Every warning of the report: the parser's, the generator's, the analysis', mastering's. */
  private List<String> warningLines() {
    List<String> all = new ArrayList<>();
    TrackSpec spec = report.spec();
    if (spec != null) {
      nullSafe(spec.warnings()).forEach(w -> all.add("parse: " + w));
      nullSafe(spec.unparsed()).forEach(u -> all.add("parse: not understood: “" + u.text() + "”"));
      nullSafe(spec.corrections())
          .forEach(c -> all.add("parse: read “" + c.text() + "” as “" + c.correctedTo() + "”"));
    }
    if (report.manifest() != null) {
      report.manifest().warnings().forEach(w -> all.add("generate: " + w));
    }
    if (report.analysis() != null) {
      report.analysis().warnings().forEach(w -> all.add("analyze: " + w));
    }
    if (report.mastering() != null && report.mastering().problem() != null) {
      all.add("mix: " + report.mastering().problem());
    }
    return all;
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
