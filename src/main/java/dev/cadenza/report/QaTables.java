package dev.cadenza.report;

import static dev.cadenza.report.Html.text;

import dev.cadenza.spec.ProduceReport;
import dev.cadenza.spec.QaReport;
import java.util.List;

/** A track's QA verdicts (measured against expected) and its attempts, as HTML tables. */
final class QaTables {

  private QaTables() {}

  static void checks(StringBuilder html, QaReport qa, String id) {
    html.append("<h3 id=\"").append(id).append("-qa\">QA verdicts</h3>\n");
    if (qa == null || qa.checks().isEmpty()) {
      html.append("<p>No QA checks in the report.</p>\n");
      return;
    }
    html.append("<div class=\"scroll\"><table class=\"qa\" aria-labelledby=\"")
        .append(id)
        .append("-qa\">\n<thead><tr><th>Check</th><th>Verdict</th>")
        .append("<th>Measured</th><th>Expected</th>")
        .append("<th>Tolerance</th><th>Detail</th></tr></thead>\n")
        .append("<tbody>\n");
    for (QaReport.Check check : qa.checks()) {
      row(html, check);
    }
    html.append("</tbody></table></div>\n");
  }

  private static void row(StringBuilder html, QaReport.Check check) {
    String unit = check.unit() == null ? "" : " " + check.unit();
    html.append("<tr class=\"")
        .append(check.passed() ? "pass" : "fail")
        .append("\"><th scope=\"row\">")
        .append(text(check.name()))
        .append("</th><td>")
        .append(verdict(check.passed()))
        .append("</td><td class=\"num\">")
        .append(
            text(Values.show(check.measured()) + (check.measured() instanceof Number ? unit : "")))
        .append("</td><td class=\"num\">")
        .append(
            text(Values.show(check.expected()) + (check.expected() instanceof Number ? unit : "")))
        .append("</td><td class=\"num\">")
        .append(check.tolerance() == null ? "–" : "± " + text(Values.number(check.tolerance())))
        .append("</td><td>")
        .append(text(detail(check)))
        .append("</td></tr>\n");
  }

  /** The check's detail, with the key check's margin over its runner-up. */
  private static String detail(QaReport.Check check) {
    StringBuilder detail = new StringBuilder(check.detail() == null ? "" : check.detail());
    if (check.margin() != null || check.runnerUp() != null) {
      if (detail.length() > 0) {
        detail.append("; ");
      }
      detail.append("margin ").append(Values.show(check.margin()));
      if (check.runnerUp() != null) {
        detail.append(" over the runner-up, ").append(check.runnerUp());
      }
    }
    return detail.toString();
  }

  static String verdict(boolean passed) {
    return passed
        ? "<span class=\"verdict pass\">✓ pass</span>"
        : "<span class=\"verdict fail\">✗ fail</span>";
  }

  static void attempts(StringBuilder html, List<ProduceReport.Attempt> attempts, String id) {
    html.append("<h3 id=\"").append(id).append("-attempts\">Attempts</h3>\n");
    if (attempts == null || attempts.isEmpty()) {
      html.append("<p>No attempts in the report.</p>\n");
      return;
    }
    html.append("<div class=\"scroll\"><table aria-labelledby=\"")
        .append(id)
        .append("-attempts\">\n<thead><tr><th>#</th><th>Seed</th>")
        .append("<th>What changed</th><th>Failed checks</th>")
        .append("<th>Verdict</th></tr></thead>\n<tbody>\n");
    for (ProduceReport.Attempt a : attempts) {
      html.append("<tr><td class=\"num\">")
          .append(a.attempt())
          .append("</td><td class=\"num\">")
          .append(a.seed())
          .append("</td><td>")
          .append(a.changes().isEmpty() ? "first attempt" : text(String.join("; ", a.changes())))
          .append("</td><td>")
          .append(a.failed().isEmpty() ? "none" : text(String.join(", ", a.failed())))
          .append("</td><td>")
          .append(verdict(a.passed()))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n");
  }
}
