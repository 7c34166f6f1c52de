package dev.cadenza.report;

import static dev.cadenza.report.Html.text;

import java.util.List;
import java.util.TreeSet;

/**
 * The table of a page of many tracks: a row a track (genre, tempo, key, loudness, QA, time), each
 * linking to its section below, with controls that filter the rows by words, genre and verdict; the
 * page's script sorts by any column. Jobs without a folder to show (failed, pending) have a row
 * too, with what the journal says.
 */
final class Overview {

  private static final String[] COLUMNS = {
    "Track", "Genre", "Tempo (bpm)", "Key", "Loudness (LUFS)", "QA", "Time (s)"
  };

  private Overview() {}

  static void html(StringBuilder html, List<Entry> entries, List<String> ids) {
    controls(html, entries);
    html.append("<div class=\"scroll\"><table id=\"tracks\" class=\"sortable\">\n")
        .append(
            "<caption class=\"visually-hidden\">Tracks; a column's button sorts by it</caption>\n")
        .append("<thead><tr>");
    for (int c = 0; c < COLUMNS.length; c++) {
      html.append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-column=\"")
          .append(c)
          .append("\">")
          .append(COLUMNS[c])
          .append("<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < entries.size(); i++) {
      row(html, entries.get(i), ids.get(i));
    }
    html.append("</tbody></table></div>\n");
  }

  private static void controls(StringBuilder html, List<Entry> entries) {
    TreeSet<String> genres = new TreeSet<>();
    for (Entry e : entries) {
      if (e.track() != null) {
        String genre = Facts.of(e.track().report()).genre();
        if (genre != null) {
          genres.add(genre);
        }
      }
    }
    html.append("<form class=\"filters\" role=\"search\" onsubmit=\"return false\">\n")
        .append("<label>Filter <input type=\"search\" id=\"filter-text\" ")
        .append("placeholder=\"name, genre, key, check…\" autocomplete=\"off\"></label>\n")
        .append("<label>Genre <select id=\"filter-genre\"><option value=\"\">all</option>");
    for (String genre : genres) {
      html.append("<option>").append(text(genre)).append("</option>");
    }
    html.append("</select></label>\n<label>QA <select id=\"filter-qa\">")
        .append("<option value=\"\">all</option><option value=\"pass\">passed</option>")
        .append("<option value=\"fail\">failed</option></select></label>\n")
        .append("<p id=\"shown\" role=\"status\" aria-live=\"polite\">")
        .append(entries.size())
        .append(" of ")
        .append(entries.size())
        .append(" tracks shown</p>\n</form>\n");
  }

  private static void row(StringBuilder html, Entry entry, String id) {
    if (entry.track() == null) {
      jobRow(html, entry);
      return;
    }
    Facts facts = Facts.of(entry.track().report());
    Double time = entry.seconds() != null ? entry.seconds() : facts.work();
    html.append("<tr data-qa=\"")
        .append(facts.passed() ? "pass" : "fail")
        .append("\" data-genre=\"")
        .append(text(facts.genre()))
        .append("\"><th scope=\"row\"><a href=\"#")
        .append(id)
        .append("\">")
        .append(text(entry.name()))
        .append("</a></th>");
    textCell(html, facts.genre());
    numberCell(
        html,
        Html.number(facts.bpmAsked(), 0) + " → " + Html.number(facts.bpmHeard(), 1),
        facts.bpmAsked());
    textCell(html, keys(facts));
    numberCell(html, Html.number(facts.lufs(), 1), facts.lufs());
    html.append("<td data-sort=\"")
        .append(facts.passed() ? "1" : "0")
        .append("\">")
        .append(QaTables.verdict(facts.passed()));
    if (!facts.failed().isEmpty()) {
      html.append(" <small>").append(text(String.join(", ", facts.failed()))).append("</small>");
    }
    html.append("</td>");
    numberCell(html, Html.number(time, 1), time);
    html.append("</tr>\n");
  }

  private static String keys(Facts facts) {
    String asked = facts.keyAsked() == null ? "–" : facts.keyAsked();
    if (facts.keyHeard() == null || facts.keyHeard().equals(asked)) {
      return asked;
    }
    return asked + " (heard " + facts.keyHeard() + ")";
  }

  /** A job the journal knows of and whose folder shows nothing: its state and reason. */
  private static void jobRow(StringBuilder html, Entry entry) {
    boolean failed = "failed".equals(entry.state());
    html.append("<tr data-qa=\"")
        .append(failed ? "fail" : "none")
        .append("\" data-genre=\"\"><th scope=\"row\">")
        .append(text(entry.name()))
        .append("</th><td class=\"reason\">")
        .append(text(entry.state()))
        .append(entry.reason() == null ? "" : ": " + text(entry.reason()))
        .append("</td>");
    numberCell(html, "–", null);
    textCell(html, "–");
    numberCell(html, "–", null);
    html.append("<td data-sort=\"")
        .append(failed ? "0" : "")
        .append("\">")
        .append(failed ? QaTables.verdict(false) : "–")
        .append("</td>");
    numberCell(html, Html.number(entry.seconds(), 1), entry.seconds());
    html.append("</tr>\n");
  }

  /** A cell sorted by its text. */
  private static void textCell(StringBuilder html, String shown) {
    html.append("<td>").append(text(shown == null ? "–" : shown)).append("</td>");
  }

  /** A cell sorted by {@code value} (a missing one sorts last), showing {@code shown}. */
  private static void numberCell(StringBuilder html, String shown, Double value) {
    html.append("<td class=\"num\" data-sort=\"")
        .append(Html.sortKey(value))
        .append("\">")
        .append(text(shown))
        .append("</td>");
  }
}
