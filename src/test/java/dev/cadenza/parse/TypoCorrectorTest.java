package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoCorrectorTest {

  @ParameterizedTest
  @CsvSource({
    "techno, techno, 0",
    "tecno, techno, 1",
    "tehcno, techno, 1",
    "piano, paino, 1",
    "guitar, gutiar, 1",
    "kitten, sitting, 3",
    "ca, abc, 3",
    "'', abc, 3",
  })
  void optimalStringAlignmentDistanceByHand(String a, String b, int expected) {
    assertThat(TypoCorrector.distance(a, b)).isEqualTo(expected);
    assertThat(TypoCorrector.distance(b, a)).isEqualTo(expected);
  }

  @Test
  void theBandedDistanceIsTheFullOneUpToItsBound() {
    // Random words over a small alphabet (so near pairs are common), against the full table.
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    int near = 0;
    for (int k = 0; k < 20_000; k++) {
      String a = word(random);
      String b = random.nextInt(3) == 0 ? edit(a, random) : word(random);
      int full = fullTable(a, b);
      for (int max = 0; max <= 3; max++) {
        assertThat(TypoCorrector.distanceWithin(a, b, max))
            .as(a + " " + b + " within " + max)
            .isEqualTo(Math.min(full, max + 1));
      }
      near += full <= 2 ? 1 : 0;
    }
    assertThat(near).isGreaterThan(1000);
  }

  private static String word(java.util.SplittableRandom random) {
    StringBuilder w = new StringBuilder();
    for (int i = random.nextInt(1, 10); i > 0; i--) {
      w.append((char) ('a' + random.nextInt(4)));
    }
    return w.toString();
  }

  private static String edit(String w, java.util.SplittableRandom random) {
    StringBuilder e = new StringBuilder(w);
    for (int n = random.nextInt(1, 3); n > 0 && e.length() > 1; n--) {
      int i = random.nextInt(e.length() - 1);
      switch (random.nextInt(4)) {
        case 0 -> e.deleteCharAt(i);
        case 1 -> e.insert(i, (char) ('a' + random.nextInt(4)));
        case 2 -> e.setCharAt(i, (char) ('a' + random.nextInt(4)));
        default -> {
          char c = e.charAt(i);
          e.setCharAt(i, e.charAt(i + 1));
          e.setCharAt(i + 1, c);
        }
      }
    }
    return e.toString();
  }

  /** The whole optimal-string-alignment table, written out independently. */
  private static int fullTable(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private final TypoCorrector corrector =
      new TypoCorrector(Set.of("techno", "trance", "dubstep", "drum", "drums", "synthwave"));

  @ParameterizedTest
  @CsvSource({
    "tecno, techno, 1",
    "trnace, trance, 1",
    "dubstpe, dubstep, 1",
    "drumm, drums, 1",
    "synthwvae, synthwave, 1",
    "snythwvae, synthwave, 2",
  })
  void correctsWithinTheAllowedDistance(String typo, String word, int distance) {
    TypoCorrector.Correction c = corrector.correct(typo);
    assertThat(c).isNotNull();
    assertThat(c.word()).isEqualTo(word);
    assertThat(c.distance()).isEqualTo(distance);
  }

  @Test
  void shortWordsAndFarWordsAreLeftAlone() {
    assertThat(corrector.correct("tec")).isNull(); // under four letters
    assertThat(corrector.correct("tchnoo")).isNull(); // two edits in a six-letter word
    assertThat(corrector.correct("banana")).isNull();
  }

  @Test
  void maximumDistanceGrowsWithLength() {
    assertThat(TypoCorrector.maxDistance(3)).isZero();
    assertThat(TypoCorrector.maxDistance(5)).isEqualTo(1);
    assertThat(TypoCorrector.maxDistance(7)).isEqualTo(1);
    assertThat(TypoCorrector.maxDistance(8)).isEqualTo(2);
  }
}
