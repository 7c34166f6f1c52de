package dev.cadenza.compose;

/**
 * How a style closes its phrases, as degree tokens like those of its progressions.
 *
 * @param dominant the chord before the close: "5:M" (a major triad on the fifth degree) or "5:d7"
 *     carry the key's leading tone in minor keys too; a plain "5" keeps the mode's own fifth
 * @param tonic the chord that closes a phrase and ends the track
 * @param phraseBars bars of a phrase; a section closes at every multiple of it and at its end
 */
public record Cadence(String dominant, String tonic, Integer phraseBars) {
  public Cadence {
    phraseBars = phraseBars == null ? 8 : phraseBars;
    if (dominant == null || tonic == null || phraseBars < 2) {
      throw new IllegalArgumentException(
          "cadence needs a dominant, a tonic and phraseBars of at least 2");
    }
  }
}
