package dev.cadenza.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page's colours, read from the custom properties of page.css, against WCAG 2's contrast ratio
 * (relative luminance of sRGB, (L1 + 0.05) / (L2 + 0.05)): text at least 4.5:1 on every background
 * the style sheet puts it on (success criterion 1.4.3, AA), the focus ring and the input borders at
 * least 3:1 (1.4.11, non-text contrast).
 */
class PageContrastTest {

  private static final Map<String, String> COLOURS = colours();

  @Test
  void theFormulaGivesWcagsOwnFigures() {
    assertThat(ratio("#000000", "#ffffff")).isCloseTo(21, within(1e-9));
    // #767676 is the lightest grey on white that WCAG AA passes (4.54:1); #777777 fails (4.48:1).
    assertThat(ratio("#767676", "#ffffff")).isCloseTo(4.54, within(0.005));
    assertThat(ratio("#777777", "#ffffff")).isCloseTo(4.48, within(0.005));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "ink, paper",
    "ink, card",
    "ink, fail-bg",
    "ink, row-hover",
    "muted, paper",
    "muted, card",
    "muted, head",
    "muted, hover",
    "muted, fail-bg",
    "muted, pass-bg",
    "accent, paper",
    "accent, card",
    "accent, fail-bg",
    "accent, row-hover",
    "pass, pass-bg",
    "fail, fail-bg",
    "fail, card",
    "fail, row-hover",
    "on-accent, accent"
  })
  void textIsReadable(String text, String background) {
    assertThat(ratio(colour(text), colour(background))).isGreaterThanOrEqualTo(4.5);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({"focus, paper", "focus, card", "field-line, card"})
  void focusRingAndFieldsStandOut(String mark, String background) {
    assertThat(ratio(colour(mark), colour(background))).isGreaterThanOrEqualTo(3);
  }

  private static String colour(String name) {
    assertThat(COLOURS).as("page.css declares --" + name).containsKey(name);
    return COLOURS.get(name);
  }

  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** WCAG 2's relative luminance of a #rrggbb colour. */
  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * linear(rgb >> 16 & 0xFF)
        + 0.7152 * linear(rgb >> 8 & 0xFF)
        + 0.0722 * linear(rgb & 0xFF);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static Map<String, String> colours() {
    try (InputStream in = PageContrastTest.class.getResourceAsStream("page.css")) {
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> colours = new HashMap<>();
      Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(css);
      while (m.find()) {
        colours.put(m.group(1), m.group(2));
      }
      return colours;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
