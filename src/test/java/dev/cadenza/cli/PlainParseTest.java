package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cadenza parse WORDS...} without options skips the command model; the same words after "--"
 * (the end of options) go through it. Both must give the same bytes, messages and exit code.
 */
class PlainParseTest {

  private static final List<String> TABLES =
      List.of("prompts.tsv", "prompts-heldout.tsv", "prompts-heldout2.tsv", "prompts-heldout3.tsv");

  @Test
  void everyPromptOfTheTablesParsesAsThroughTheCommandModel() throws IOException {
    List<String> prompts = prompts();
    assertThat(prompts).hasSizeGreaterThan(300);
    int plain = 0;
    // Every fifth: a run through the command model builds it anew, some 30 ms each.
    for (int i = 0; i < prompts.size(); i += 5) {
      String[] words = prompts.get(i).strip().split("\\s+");
      plain += PlainParse.accepts(args(words)) ? 1 : 0;
      assertSame(words);
    }
    assertThat(plain).isGreaterThan(prompts.size() / 5 * 9 / 10);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", // empty: refused
        "   ",
        "dnb at 400 bpm", // a warning on stderr
        "techno \u0000 at 130", // binary data
        "trance\u0001\u0002\u0003\u0004",
        "a 3 hour ambient piece" // refused as too long
      })
  void refusalsAndWarningsAreTheSame(String prompt) {
    assertSame(prompt);
  }

  @Test
  void aPromptOverTheLimitIsRefusedTheSame() {
    assertSame("house ".repeat(50_000));
  }

  @Test
  void whatPicocliReadsItselfIsLeftToIt() {
    assertThat(PlainParse.accepts("parse", "deep", "house")).isTrue();
    assertThat(PlainParse.accepts("parse")).isFalse();
    assertThat(PlainParse.accepts("parse", "-")).isFalse();
    assertThat(PlainParse.accepts("parse", "--", "house")).isFalse();
    assertThat(PlainParse.accepts("parse", "house", "--pretty")).isFalse();
    assertThat(PlainParse.accepts("parse", "-q", "house")).isFalse();
    assertThat(PlainParse.accepts("parse", "@prompt.txt")).isFalse();
    assertThat(PlainParse.accepts("generate", "house")).isFalse();
  }

  private static void assertSame(String... words) {
    CliRun plain = CliRun.run(args(words));
    List<String> through = new ArrayList<>(List.of("parse", "--"));
    through.addAll(List.of(words));
    CliRun model = CliRun.run(through.toArray(String[]::new));
    String what = String.join(" ", words);
    assertThat(plain.exitCode()).as(what).isEqualTo(model.exitCode());
    assertThat(plain.stdout()).as(what).isEqualTo(model.stdout());
    assertThat(plain.stderr()).as(what).isEqualTo(model.stderr());
  }

  private static String[] args(String... words) {
    String[] args = new String[words.length + 1];
    args[0] = "parse";
    System.arraycopy(words, 0, args, 1, words.length);
    return args;
  }

  private static List<String> prompts() throws IOException {
    List<String> out = new ArrayList<>();
    for (String table : TABLES) {
      try (InputStream in =
          PlainParseTest.class.getResourceAsStream("/dev/cadenza/parse/" + table)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.substring(0, line.indexOf('\t')));
          }
        }
      }
    }
    return out;
  }
}
