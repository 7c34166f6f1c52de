package dev.cadenza.parse;

import dev.cadenza.parse.Findings.Hit;
import dev.cadenza.parse.Findings.Span;
import dev.cadenza.spec.TrackSpec.SectionTiming;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bar count or a time that belongs to a section rather than to the track: "a 32-bar intro",
 * "16 bars of breakdown", "an intro of 8 bars", "the drop at 1:00", "the drop comes in at 45
 * seconds". Such a number would otherwise be taken for the track's length. A paired count or time
 * leaves the track's bars and durations and becomes a {@link SectionTiming}; the section it times
 * then no longer lists the form by itself (see {@link Resolver}).
 */
final class SectionTimings {
  /** Words between a section and the time it starts at: "comes in at", "drops after". */
  private static final Set<String> ARRIVAL_VERBS =
      Set.of(
          "comes",
          "come",
          "coming",
          "kicks",
          "kick",
          "kicking",
          "drops",
          "dropping",
          "hits",
          "hitting",
          "starts",
          "start",
          "starting",
          "lands",
          "landing",
          "arrives",
          "arriving",
          "enters",
          "entering",
          "begins",
          "beginning",
          "should",
          "will",
          "in",
          "around",
          "about",
          "roughly",
          "at",
          "after",
          "by",
          "from");

  /** Words between a section and its length: "an intro of 16 bars", "intro lasting 8 bars". */
  private static final Set<String> LENGTH_LINKS = Set.of("of", "for", "lasting", "that", "lasts");

  private final List<Token> tokens;
  private final boolean[] used;
  private final Findings found;
  private final Map<Integer, Integer> byStart = new HashMap<>();
  private final Map<Integer, Integer> byEnd = new HashMap<>();

  private SectionTimings(List<Token> tokens, boolean[] used, Findings found) {
    this.tokens = tokens;
    this.used = used;
    this.found = found;
    for (int k = 0; k < tokens.size(); k++) {
      byStart.put(tokens.get(k).start(), k);
      byEnd.put(tokens.get(k).end(), k);
    }
  }

  /** Moves the counts and times that belong to a section from the track to the section. */
  static void pair(List<Token> tokens, boolean[] used, Findings found) {
    new SectionTimings(tokens, used, found).run();
  }

  private void run() {
    for (Iterator<Hit<String>> it = found.sections.iterator(); it.hasNext(); ) {
      Hit<String> section = it.next();
      Hit<Integer> bars = lengthOf(section.span());
      Hit<Double> start = startOf(section.span());
      if (bars == null && start == null) {
        continue;
      }
      found.bars.remove(bars);
      found.durations.remove(start);
      it.remove();
      Span span = cover(section.span(), bars == null ? null : bars.span());
      span = cover(span, start == null ? null : start.span());
      found.sectionTimings.add(
          new Hit<>(
              new SectionTiming(
                  section.value(),
                  bars == null ? null : bars.value(),
                  start == null ? null : start.value()),
              span));
    }
  }

  /**
   * A bar count right before the section ("32-bar intro", "16 bars of") or after "of"/"lasting".
   */
  private Hit<Integer> lengthOf(Span section) {
    int first = tokenAt(section.start());
    int last = tokenEndingAt(section.end());
    for (Hit<Integer> bars : found.bars) {
      int barsLast = tokenEndingAt(bars.span().end());
      int barsFirst = tokenAt(bars.span().start());
      if (barsLast >= 0 && linked(barsLast + 1, first, Set.of("of"))) {
        return bars;
      }
      if (last >= 0 && barsFirst > last && linked(last + 1, barsFirst, LENGTH_LINKS)) {
        return bars;
      }
    }
    return null;
  }

  /** A time after the section with an arrival word between ("drop at 1:00"). */
  private Hit<Double> startOf(Span section) {
    int last = tokenEndingAt(section.end());
    for (Hit<Double> time : found.durations) {
      int timeFirst = tokenAt(time.span().start());
      if (last < 0 || timeFirst <= last + 1) {
        continue;
      }
      boolean hasPreposition = false;
      for (int k = last + 1; k < timeFirst; k++) {
        String w = tokens.get(k).norm();
        hasPreposition |= w.equals("at") || w.equals("after") || w.equals("by");
      }
      if (hasPreposition && linked(last + 1, timeFirst, ARRIVAL_VERBS)) {
        return time;
      }
    }
    return null;
  }

  /**
   * Whether the words from {@code from} up to {@code to} (exclusive) are all linking words and no
   * punctuation separates them; marks them used.
   */
  private boolean linked(int from, int to, Set<String> links) {
    if (from > to || to >= tokens.size() + 1) {
      return false;
    }
    for (int k = from; k <= Math.min(to, tokens.size() - 1); k++) {
      if (tokens.get(k).breakBefore() || k < to && !links.contains(tokens.get(k).norm())) {
        return false;
      }
    }
    for (int k = from; k < to; k++) {
      used[k] = true;
    }
    return true;
  }

  private int tokenAt(int start) {
    return byStart.getOrDefault(start, -1);
  }

  private int tokenEndingAt(int end) {
    return byEnd.getOrDefault(end, -1);
  }

  private static Span cover(Span a, Span b) {
    return b == null ? a : new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }
}
