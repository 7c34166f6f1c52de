package dev.cadenza.compose;

import dev.cadenza.music.Key;
import dev.cadenza.music.Modes;
import java.util.List;

/**
 * Lays a progression over a section in phrases that close: the progression restarts with each
 * phrase, the phrase's last bar is the tonic and the bar before it the dominant (after the
 * subdominant where the progression would have played the dominant already), so every section
 * states its key however short it is. A loop's last bar is the dominant instead, leading back to
 * the tonic its first bar starts on.
 */
final class Phrases {
  private Phrases() {}

  /**
   * The degree token of bar {@code j} of a section of {@code bars} bars.
   *
   * @param loopsBack whether this is the last section of a loop, whose end leads to its start
   */
  static String token(
      Key key, List<String> progression, Cadence cadence, int j, int bars, boolean loopsBack) {
    int phraseStart = phraseStart(j, bars, cadence.phraseBars());
    int phraseEnd = phraseEnd(phraseStart, bars, cadence.phraseBars());
    int phraseLength = phraseEnd - phraseStart + 1;
    String played = progression.get((j - phraseStart) % progression.size());
    boolean trackLoopsHere = loopsBack && phraseEnd == bars - 1;
    if (j == phraseEnd) {
      return trackLoopsHere ? dominant(key, cadence) : cadence.tonic();
    }
    if (j == phraseEnd - 1 && phraseLength >= 3 && !trackLoopsHere) {
      return dominant(key, cadence);
    }
    if (j == phraseEnd - 2 && phraseLength >= 4 && !trackLoopsHere && degree(played) == 5) {
      // The progression's own V would hold the dominant for two bars, as long as the tonic, and
      // a key finder then hears the key of the fifth: the subdominant leads in instead (IV–V–I).
      return "4" + played.substring(1);
    }
    return played;
  }

  private static int degree(String token) {
    return Integer.parseInt(token.split(":")[0]);
  }

  /**
   * First bar of the phrase holding bar {@code j}: phrases start every {@code phraseBars}, except
   * that a tail shorter than half a phrase belongs to the phrase before it, so no phrase is too
   * short to reach its dominant.
   */
  static int phraseStart(int j, int bars, int phraseBars) {
    int start = j / phraseBars * phraseBars;
    return start > 0 && bars - start < phraseBars / 2 ? start - phraseBars : start;
  }

  /** Last bar of the phrase starting at {@code start}, taking in a short tail after it. */
  static int phraseEnd(int start, int bars, int phraseBars) {
    int next = start + phraseBars;
    return next >= bars || bars - next < phraseBars / 2 ? bars - 1 : next - 1;
  }

  /** The cadence's dominant, or the mode's own fifth in a church mode ({@link Modes#tonal}). */
  static String dominant(Key key, Cadence cadence) {
    return Modes.tonal(key.mode()) ? cadence.dominant() : cadence.dominant().split(":")[0];
  }
}
