package dev.cadenza.parse;

/**
 * One word of a prompt.
 *
 * @param text the characters as written
 * @param norm lower-case form used for lookups (may be replaced by a typo correction)
 * @param start offset of the first character in the prompt (UTF-16 index)
 * @param end offset just past the last character
 * @param hyphenated joined to the previous token by a hyphen ("hip-hop", "3-minute")
 * @param breakBefore punctuation (comma, full stop, semicolon, brackets…) or the prompt start
 *     separates this token from the previous one
 */
record Token(
    String text, String norm, int start, int end, boolean hyphenated, boolean breakBefore) {

  Token withNorm(String corrected) {
    return new Token(text, corrected, start, end, hyphenated, breakBefore);
  }

  boolean isNumber() {
    return Numbers.decimal(norm) != null;
  }

  /** Whether the word is written with a capital first letter ("Pendulum", "Am"). */
  boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
