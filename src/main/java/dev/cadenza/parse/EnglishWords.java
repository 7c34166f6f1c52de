package dev.cadenza.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The ordinary English words a typo correction would read as a genre ("door" as doom, "grim" as
 * grime): lexicon/english-near-genres.txt, the words of SCOWL's American list that the corrector
 * maps to a genre name (english.NOTICE; EnglishWordsTest recomputes it from the whole list). Such a
 * word is written on purpose and is never corrected. Loaded on first use.
 */
final class EnglishWords {

  private EnglishWords() {}

  static boolean contains(String word) {
    return Holder.WORDS.contains(word);
  }

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in =
            EnglishWords.class.getResourceAsStream("/dev/cadenza/lexicon/english-near-genres.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        words.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
