package dev.cadenza.parse;

import dev.cadenza.music.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a prompt into words with their offsets in one linear pass: no regular expressions, so the
 * time is proportional to the length of the input whatever it contains.
 *
 * <p>Words are split by the rules of {@link NameKey}, so a prompt's words meet the keys of the
 * knowledge tables. A hyphen splits words but is remembered, so "hip-hop" matches the phrase "hip
 * hop" and "3-minute" reads as a number and a unit. A lone {@code &} is the word "and".
 */
final class Tokenizer {

  /** Words longer than this are kept whole but never looked up (garbage, not music words). */
  static final int MAX_WORD = 64;

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean hyphen = false;
    boolean brk = true;
    while (i < n) {
      char c = text.charAt(i);
      if (NameKey.isWordChar(c)) {
        int start = i;
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (NameKey.isWordChar(d)) {
            i++;
          } else if (NameKey.joins(text, i, d)) {
            i++;
          } else {
            break;
          }
        }
        String word = text.substring(start, i);
        tokens.add(new Token(word, NameKey.normalize(word), start, i, hyphen, brk));
        hyphen = false;
        brk = false;
      } else if (c == '&') {
        tokens.add(new Token("&", "and", i, i + 1, hyphen, brk));
        hyphen = false;
        brk = false;
        i++;
      } else {
        if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
          hyphen = !tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == i;
        } else if (isBreak(c)) {
          brk = true;
          hyphen = false;
        } else if (!Character.isWhitespace(c) || c == '\n') {
          hyphen = false;
          if (c == '\n') {
            brk = true;
          }
        } else {
          hyphen = false;
        }
        i++;
      }
    }
    return tokens;
  }

  private static boolean isBreak(char c) {
    return switch (c) {
      case ',',
          '.',
          ';',
          '!',
          '?',
          '(',
          ')',
          '[',
          ']',
          '{',
          '}',
          '|',
          '\n',
          '"',
          '\u201C',
          '\u201D',
          '/',
          '\u2022',
          '\u2014',
          ':' ->
          true;
      default -> false;
    };
  }
}
