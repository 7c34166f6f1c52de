package dev.cadenza.music;

import java.util.Locale;

/**
 * How a name in a knowledge table, or a word of a prompt, is looked up: split into words, each
 * lower-cased, joined by single spaces. So "Drum &amp; Bass", "drum and bass" and "drum-and-bass"
 * share one key.
 *
 * <p>A word is a run of letters and digits. A few characters stay inside a word because they are
 * part of how musicians write: {@code #} after a letter (F#m), {@code &} and apostrophes between
 * letters (d&amp;b, drum'n'bass), and {@code . : /} between digits (1.5, 2:30, 6/8). A lone {@code
 * &} is the word "and". The prompt tokenizer splits by these same rules.
 */
public final class NameKey {

  private NameKey() {}

  /** The lookup key of a name: its words' lower-case forms joined by spaces. */
  public static String of(String name) {
    StringBuilder key = new StringBuilder(name.length());
    int n = name.length();
    int i = 0;
    while (i < n) {
      char c = name.charAt(i);
      if (isWordChar(c)) {
        int start = i++;
        while (i < n && (isWordChar(name.charAt(i)) || joins(name, i, name.charAt(i)))) {
          i++;
        }
        append(key, normalize(name.substring(start, i)));
      } else {
        if (c == '&') {
          append(key, "and");
        }
        i++;
      }
    }
    return key.toString();
  }

  private static void append(StringBuilder key, String word) {
    if (key.length() > 0) {
      key.append(' ');
    }
    key.append(word);
  }

  /** The lower-case form of one word, with typographic apostrophes, sharps and flats made ASCII. */
  public static String normalize(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.indexOf('\u2019') >= 0
        || lower.indexOf('\u266F') >= 0
        || lower.indexOf('\u266D') >= 0) {
      lower = lower.replace('\u2019', '\'').replace('\u266F', '#').replace('\u266D', 'b');
    }
    return lower;
  }

  /** Whether {@code c} starts or continues a word on its own. */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\u266F' || c == '\u266D';
  }

  /** Whether {@code c}, at {@code i} of {@code text}, stays inside the word being read. */
  public static boolean joins(String text, int i, char c) {
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
}
