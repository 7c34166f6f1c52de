package dev.cadenza.report;

import static dev.cadenza.report.Html.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML document around a report's content: its style sheet and script inlined from this
 * package's resources (the page loads nothing from anywhere, and its content security policy says
 * so to the browser), a viewport for phones, and the language.
 */
final class Page {

  private static final String CSS = resource("page.css");
  private static final String JS = resource("page.js");

  /**
   * Nothing from the network: styles and script only inline, pictures and audio only from the
   * page's own folder or inline data.
   */
  private static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"
          + " img-src 'self' data:; media-src 'self' data:";

  private Page() {}

  static String html(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + POLICY
        + "\">\n<meta name=\"generator\" content=\"cadenza report\">\n<title>"
        + text(title)
        + "</title>\n<style>\n"
        + CSS
        + "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
        + "<main id=\"main\">\n"
        + body
        + "</main>\n<script>\n"
        + JS
        + "</script>\n</body>\n</html>\n";
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/cadenza/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
