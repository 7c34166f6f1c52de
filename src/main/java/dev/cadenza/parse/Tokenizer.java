package dev.cadenza.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a prompt into words with their offsets in one linear pass: no regular expressions, so the
 * time is proportional to the length of the input whatever it contains.
 *
 * <p>A word is a run of letters and digits. A few characters stay inside a word because they are
 * part of how musicians write: {@code #} after a letter (F#m), {@code &} and apostrophes between
 * letters (d&amp;b, drum'n'bass), and {@code . : /} between digits (1.5, 2:30, 6/8). A hyphen
 * splits words but is remembered, so "hip-hop" matches the phrase "hip hop" and "3-minute" reads as
 * a number and a unit. A lone {@code &} is the word "and".
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
      if (isWordChar(c)) {
        int start = i;
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (isWordChar(d)) {
            i++;
          } else if (joins(text, i, d)) {
            i++;
          } else {
            break;
          }
        }
        String word = text.substring(start, i);
        tokens.add(new Token(word, normalize(word), start, i, hyphen, brk));
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

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\u266F' || c == '\u266D';
  }

  /** Whether {@code c} at {@code i} stays inside the word being read. */
  private static boolean joins(String text, int i, char c) {
    char prev = text.charAt(i - 1);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    switch (c) {
      case '#':
        return Character.isLetter(prev);
      case '&':
      case '\'':
      case '\u2019':
        return Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)
            || c != '&' && Character.isDigit(prev) && next == 's';
      case '.':
      case ':':
      case '/':
        return Character.isDigit(prev) && Character.isDigit(next);
      default:
        return false;
    }
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

  static String normalize(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.indexOf('\u2019') >= 0
        || lower.indexOf('\u266F') >= 0
        || lower.indexOf('\u266D') >= 0) {
      lower = lower.replace('\u2019', '\'').replace('\u266F', '#').replace('\u266D', 'b');
    }
    return lower;
  }

  /** The lookup key of a phrase written in a resource file: its words' norms joined by spaces. */
  static String phraseKey(String phrase) {
    List<Token> tokens = tokenize(phrase);
    StringBuilder sb = new StringBuilder(phrase.length());
    for (Token t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.norm());
    }
    return sb.toString();
  }
}
