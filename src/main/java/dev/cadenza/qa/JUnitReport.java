package dev.cadenza.qa;

import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.QaReport.Check;

/**
 * The QA report as JUnit XML, the format CI systems (GitLab, Jenkins, GitHub test reporters) show
 * as test results: one test suite per file, one test case per check.
 */
public final class JUnitReport {

  private JUnitReport() {}

  public static String toXml(QaReport report) {
    long failures = report.checks().stream().filter(c -> !c.passed()).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites>\n");
    xml.append("  <testsuite name=\"cadenza qa ")
        .append(escape(report.file()))
        .append("\" tests=\"")
        .append(report.checks().size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\">\n");
    for (Check check : report.checks()) {
      xml.append("    <testcase classname=\"cadenza.qa\" name=\"")
          .append(escape(check.name()))
          .append('"');
      if (check.passed()) {
        xml.append("/>\n");
        continue;
      }
      String message =
          check.detail() != null
              ? check.detail()
              : "measured " + check.measured() + ", expected " + check.expected();
      xml.append(">\n      <failure message=\"")
          .append(escape(message))
          .append("\">")
          .append(escape(describe(check)))
          .append("</failure>\n    </testcase>\n");
    }
    xml.append("  </testsuite>\n</testsuites>\n");
    return xml.toString();
  }

  private static String describe(Check check) {
    return "measured: "
        + check.measured()
        + " "
        + check.unit()
        + "\nexpected: "
        + check.expected()
        + (check.tolerance() == null ? "" : "\ntolerance: " + check.tolerance());
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('?'); // not allowed in XML 1.0
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
