package dev.cadenza.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases stored word by word, so the longest phrase at a position is found by walking the prompt's
 * own word strings: no string is built and each step is one hash probe.
 */
final class PhraseTrie<T> {

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    T value;
  }

  /** The longest phrase found: its length in words and its value. */
  record Match<T>(int words, T value) {}

  private final Node<T> root = new Node<>();
  private int maxWords;

  /** Stores a value under a phrase key (word norms joined by single spaces), replacing any. */
  void put(String phraseKey, T value) {
    Node<T> node = root;
    String[] words = phraseKey.split(" ");
    for (String w : words) {
      Node<T> next = node.next.get(w);
      if (next == null) {
        next = new Node<>();
        node.next.put(w, next);
      }
      node = next;
    }
    node.value = value;
    maxWords = Math.max(maxWords, words.length);
  }

  T get(String phraseKey) {
    Node<T> node = root;
    for (String w : phraseKey.split(" ")) {
      node = node.next.get(w);
      if (node == null) {
        return null;
      }
    }
    return node.value;
  }

  boolean startsWith(String word) {
    return root.next.containsKey(word);
  }

  int maxWords() {
    return maxWords;
  }

  /**
   * The longest phrase starting at token {@code from}; a phrase never crosses punctuation and never
   * includes a word longer than {@link Tokenizer#MAX_WORD}. Null when none matches.
   */
  Match<T> longest(List<Token> tokens, int from, int limit) {
    Node<T> node = root;
    Match<T> best = null;
    for (int k = 0; k < limit && from + k < tokens.size(); k++) {
      Token t = tokens.get(from + k);
      if (k > 0 && t.breakBefore() || t.norm().length() > Tokenizer.MAX_WORD) {
        break;
      }
      node = node.next.get(t.norm());
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(k + 1, node.value);
      }
    }
    return best;
  }
}
