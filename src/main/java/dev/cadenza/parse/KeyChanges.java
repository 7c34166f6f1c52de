package dev.cadenza.parse;

import dev.cadenza.music.Tonics;
import dev.cadenza.parse.Findings.Hit;
import dev.cadenza.parse.Findings.KeyHit;
import dev.cadenza.parse.Findings.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a change of key and what the prompt says about it, in the clause that names it: "a key
 * change up a semitone for the last chorus", "modulates to A minor at 2:30", "key change into the
 * bridge", "modulating up a whole step". The key, section and time it names belong to the change,
 * not to the track: they leave the track's keys, sections and durations.
 */
final class KeyChanges {
  /** Words that name a change of key on their own. */
  private static final Set<String> MODULATION =
      Set.of("modulation", "modulations", "modulate", "modulates", "modulating", "modulated");

  /** Second words after "key" that make a change of key ("key change", "key lift"). */
  private static final Set<String> CHANGE = Set.of("change", "changes", "shift", "shifts", "lift");

  /** Words before a section the change starts ("for the last chorus", "into the bridge"). */
  private static final Set<String> BEFORE_SECTION =
      Set.of("for", "in", "into", "at", "on", "to", "before", "during", "the", "last", "final");

  /** Words before "step" or "tone" that make it an interval. */
  private static final Set<String> STEP_SIZES = Set.of("whole", "half", "a", "one", "full");

  /** A plan for one change, as the resolver turns it into a spec entry. */
  record Found(String section, Double startSeconds, KeyHit key, Integer semitones, Span span) {}

  private final List<Token> tokens;
  private final boolean[] used;
  private final Findings found;
  private final Map<Integer, Integer> byStart = new HashMap<>();

  private KeyChanges(List<Token> tokens, boolean[] used, Findings found) {
    this.tokens = tokens;
    this.used = used;
    this.found = found;
    for (int k = 0; k < tokens.size(); k++) {
      byStart.put(tokens.get(k).start(), k);
    }
  }

  /** Moves what belongs to each change of key from the track to the change. */
  static void pair(List<Token> tokens, boolean[] used, Findings found) {
    new KeyChanges(tokens, used, found).run();
  }

  private void run() {
    for (int k = 0; k < tokens.size(); k++) {
      int words = trigger(k);
      if (words == 0) {
        continue;
      }
      for (int w = k; w < k + words; w++) {
        used[w] = true;
      }
      int end = clauseEnd(k + words);
      Span span = new Span(tokens.get(k).start(), tokens.get(end - 1).end());
      found.keyChanges.add(
          new Found(
              section(k + words, end),
              start(k + words, end),
              key(k + words, end),
              semitones(k + words, end),
              span));
      k = end - 1;
    }
  }

  /** How many words at {@code k} name a change of key: "modulates", "key change", "change key". */
  private int trigger(int k) {
    String w = tokens.get(k).norm();
    if (MODULATION.contains(w)) {
      return 1;
    }
    if (w.equals("key") && joinedWord(k + 1, CHANGE)) {
      return 2;
    }
    if ((w.equals("change") || w.equals("changes")) && joinedWord(k + 1, Set.of("key"))) {
      return 2;
    }
    return 0;
  }

  private boolean joinedWord(int k, Set<String> words) {
    return k < tokens.size()
        && !tokens.get(k).breakBefore()
        && words.contains(tokens.get(k).norm());
  }

  /** The first token after the clause that starts at {@code from}. */
  private int clauseEnd(int from) {
    int k = from;
    while (k < tokens.size() && !tokens.get(k).breakBefore()) {
      k++;
    }
    return k;
  }

  /** "up a semitone", "a half step down", "up a whole step", "up two semitones"; null if unsaid. */
  private Integer semitones(int from, int to) {
    int sign = 1;
    Integer size = null;
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).norm();
      if (w.equals("down")) {
        sign = -1;
        used[k] = true;
      } else if (w.equals("up")) {
        used[k] = true;
      } else if (w.equals("semitone") || w.equals("half-step") || w.equals("halfstep")) {
        size = 1;
        used[k] = true;
      } else if (w.equals("semitones") && k > from && tokens.get(k - 1).isNumber()) {
        size = (int) Math.round(Numbers.decimal(tokens.get(k - 1).norm()));
        used[k] = used[k - 1] = true;
      } else if ((w.equals("step") || w.equals("tone"))
          && k > from
          && STEP_SIZES.contains(norm(k - 1))) {
        // "a whole step", "up a tone", "a half step"; not "a darker tone"
        size = norm(k - 1).equals("half") ? 1 : 2;
        used[k] = true;
        used[k - 1] = true;
      }
    }
    return size == null ? null : sign * size;
  }

  /** A key after "to" or "into" ("to A minor"); it leaves the track's keys. */
  private KeyHit key(int from, int to) {
    for (Hit<KeyHit> hit : List.copyOf(found.keys)) {
      Integer k = byStart.get(hit.span().start());
      if (k != null && k > from && k < to && Set.of("to", "into").contains(norm(k - 1))) {
        found.keys.remove(hit);
        return hit.value();
      }
    }
    for (int k = from + 1; k < to; k++) {
      if (Set.of("to", "into").contains(norm(k - 1))) {
        KeyHit written = written(k, to);
        if (written != null) {
          return written;
        }
      }
    }
    return null;
  }

  /**
   * A key the extractor leaves alone because it is short: a capital tonic ("to B", "to F# minor")
   * or a mode alone ("to minor"), which after "to" can only be the new key.
   */
  private KeyHit written(int k, int to) {
    String text = tokens.get(k).text();
    String modeAfter = k + 1 < to ? Units.mode(norm(k + 1)) : null;
    if (text.matches("[A-G][#b]?") && Tonics.pitchClass(text) >= 0) {
      used[k] = true;
      if (modeAfter != null) {
        used[k + 1] = true;
      }
      return new KeyHit(text, modeAfter == null ? "major" : modeAfter, modeAfter != null);
    }
    String mode = Units.mode(norm(k));
    if (mode != null) {
      used[k] = true;
      return new KeyHit(null, mode, true);
    }
    return null;
  }

  /** A section after "for the last", "into the", "in the"; it leaves the track's structure. */
  private String section(int from, int to) {
    for (Hit<String> hit : List.copyOf(found.sections)) {
      Integer k = byStart.get(hit.span().start());
      if (k != null && k > from && k < to && BEFORE_SECTION.contains(norm(k - 1))) {
        found.sections.remove(hit);
        for (int w = k - 1; w >= from && BEFORE_SECTION.contains(norm(w)); w--) {
          used[w] = true;
        }
        return hit.value();
      }
    }
    return null;
  }

  /** A time after "at", "after" or "by" ("at 2:30"); it leaves the track's durations. */
  private Double start(int from, int to) {
    for (Hit<Double> hit : List.copyOf(found.durations)) {
      Integer k = byStart.get(hit.span().start());
      if (k != null && k > from && k < to && Set.of("at", "after", "by").contains(norm(k - 1))) {
        found.durations.remove(hit);
        return hit.value();
      }
    }
    return null;
  }

  private String norm(int k) {
    return tokens.get(k).norm();
  }
}
