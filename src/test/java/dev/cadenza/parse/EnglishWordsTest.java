package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * lexicon/english-near-genres.txt is exactly the words of the whole English list (SCOWL's American
 * words of 4 to 12 letters, kept with the tests) that the typo corrector would read as a genre: so
 * no ordinary word is ever corrected into one, and the shipped list stays small.
 */
class EnglishWordsTest {

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = EnglishWordsTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void theShippedListIsEveryEnglishWordTheCorrectorWouldTurnIntoAGenre() throws IOException {
    Lexicon lex = Lexicon.standard();
    TypoCorrector corrector = new TypoCorrector(lex.correctable);
    List<String> expected = new ArrayList<>();
    for (String word : lines("/dev/cadenza/parse/english.txt")) {
      TypoCorrector.Correction c = corrector.correct(word);
      if (c != null && c.distance() > 0 && lex.genreWords.contains(c.word())) {
        expected.add(word);
      }
    }
    assertThat(lines("/dev/cadenza/lexicon/english-near-genres.txt"))
        .as("regenerate lexicon/english-near-genres.txt from the test's english.txt")
        .isEqualTo(expected)
        .contains("door", "grim", "blue");
  }
}
