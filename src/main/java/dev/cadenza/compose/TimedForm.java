package dev.cadenza.compose;

import dev.cadenza.spec.TrackSpec.SectionTiming;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lays a form some of whose sections the spec places or sizes ("a 32-bar intro", "the drop at
 * 1:00"). A timed start goes on the nearest bar line; the sections between two fixed bar lines
 * share the bars between them as {@link Form} shares a whole track. A timing that cannot be kept
 * (past the end, before an earlier fixed section, leaving a section no bar) is dropped with a
 * warning, latest first, so the ones that fit still hold.
 */
final class TimedForm {
  private TimedForm() {}

  /**
   * The sections and what could not be honoured.
   *
   * @throws IllegalArgumentException naming the field when a timing is not a timing at all
   */
  static Laid lay(
      List<String> labels,
      int totalBars,
      double barSeconds,
      Styles styles,
      List<SectionTiming> timings) {
    List<String> warnings = new ArrayList<>();
    if (timings.isEmpty()) {
      return new Laid(Form.lay(labels, totalBars, barSeconds, styles), warnings);
    }
    Integer[] start = new Integer[labels.size()];
    Integer[] length = new Integer[labels.size()];
    List<Integer> placed = new ArrayList<>();
    List<SectionTiming> kept = new ArrayList<>();
    for (SectionTiming t : timings) {
      check(t);
      int i = firstFree(labels, t.label(), start, length);
      if (i < 0) {
        warnings.add(describe(t) + ": the form has no such section; not honoured");
        continue;
      }
      start[i] = t.startSeconds() == null ? null : (int) Math.round(t.startSeconds() / barSeconds);
      length[i] = t.bars();
      placed.add(i);
      kept.add(t);
    }
    while (!placed.isEmpty() && !fits(start, length, totalBars)) {
      int last = placed.size() - 1;
      int dropped = placed.remove(last);
      warnings.add(
          describe(kept.remove(last))
              + ": does not fit a "
              + totalBars
              + "-bar track with the other sections; not honoured");
      start[dropped] = null;
      length[dropped] = null;
    }
    List<FormSection> sections =
        placed.isEmpty()
            ? Form.lay(labels, totalBars, barSeconds, styles)
            : sections(labels, totalBars, barSeconds, styles, start, length);
    return new Laid(sections, warnings);
  }

  /**
   * The form's sections and what could not be honoured.
   *
   * @param sections the form, on whole bars
   * @param warnings one line per timing not kept
   */
  record Laid(List<FormSection> sections, List<String> warnings) {}

  private static void check(SectionTiming t) {
    if (t.label() == null || t.label().isBlank()) {
      throw new IllegalArgumentException("sectionTimings: a timing names no section (label)");
    }
    if (t.bars() != null && t.bars() < 1) {
      throw new IllegalArgumentException(
          "sectionTimings: bars of \"" + t.label() + "\" must be at least 1: " + t.bars());
    }
    Double s = t.startSeconds();
    if (s != null && (!Double.isFinite(s) || s < 0)) {
      throw new IllegalArgumentException(
          "sectionTimings: startSeconds of \"" + t.label() + "\" must be 0 or more: " + s);
    }
  }

  private static int firstFree(List<String> labels, String label, Integer[] start, Integer[] len) {
    for (int i = 0; i < labels.size(); i++) {
      boolean same = labels.get(i).toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT));
      if (same && start[i] == null && len[i] == null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether every stretch between fixed bar lines has at least one bar for each free section and
   * exactly its bars when all its sections are sized.
   */
  private static boolean fits(Integer[] start, Integer[] length, int totalBars) {
    int[] line = lines(start, length, totalBars);
    if (line == null) {
      return false;
    }
    for (int a = 0; a < start.length; ) {
      int b = nextFixed(line, a);
      int room = line[b] - line[a];
      int sized = 0;
      int free = 0;
      for (int i = a; i < b; i++) {
        if (length[i] != null) {
          sized += length[i];
        } else {
          free++;
        }
      }
      if (free == 0 ? sized != room : room - sized < free) {
        return false;
      }
      a = b;
    }
    return true;
  }

  /**
   * The bar line each section starts on where it is fixed (-1 where it floats), plus the end of the
   * track: timed starts, then the ends of sized sections forwards and their starts backwards. Null
   * when two fix one line differently, or lines go backwards or past the end.
   */
  private static int[] lines(Integer[] start, Integer[] length, int totalBars) {
    int n = start.length;
    int[] line = new int[n + 1];
    Arrays.fill(line, -1);
    line[0] = 0;
    line[n] = totalBars;
    for (int i = 0; i < n; i++) {
      if (start[i] != null) {
        if (i == 0 ? start[i] != 0 : start[i] <= 0) {
          return null;
        }
        line[i] = start[i];
      }
    }
    for (int i = 0; i < n; i++) {
      if (line[i] >= 0 && length[i] != null) {
        int end = line[i] + length[i];
        if (line[i + 1] >= 0 && line[i + 1] != end) {
          return null;
        }
        line[i + 1] = end;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      if (line[i] < 0 && line[i + 1] >= 0 && length[i] != null) {
        line[i] = line[i + 1] - length[i];
      }
    }
    int last = 0;
    for (int v : line) {
      if (v >= 0) {
        if (v < last || v > totalBars) {
          return null;
        }
        last = v;
      }
    }
    return line;
  }

  private static int nextFixed(int[] line, int from) {
    int b = from + 1;
    while (line[b] < 0) {
      b++;
    }
    return b;
  }

  /** Each stretch between fixed lines: sized sections keep their bars, free ones share the rest. */
  private static List<FormSection> sections(
      List<String> labels,
      int totalBars,
      double barSeconds,
      Styles styles,
      Integer[] start,
      Integer[] length) {
    int[] line = lines(start, length, totalBars);
    List<FormSection> out = new ArrayList<>();
    for (int a = 0; a < labels.size(); ) {
      int b = nextFixed(line, a);
      List<String> free = new ArrayList<>();
      int room = line[b] - line[a];
      for (int i = a; i < b; i++) {
        if (length[i] == null) {
          free.add(labels.get(i));
        } else {
          room -= length[i];
        }
      }
      List<FormSection> shared =
          free.isEmpty() ? List.of() : Form.lay(free, room, barSeconds, styles);
      int bar = line[a];
      int f = 0;
      for (int i = a; i < b; i++) {
        int bars = length[i] != null ? length[i] : shared.get(f++).bars();
        out.add(Form.section(labels.get(i), bar, bars, barSeconds, styles));
        bar += bars;
      }
      a = b;
    }
    return out;
  }

  private static String describe(SectionTiming t) {
    StringBuilder s = new StringBuilder("section timing \"" + t.label());
    if (t.bars() != null) {
      s.append(", ").append(t.bars()).append(" bars");
    }
    if (t.startSeconds() != null) {
      s.append(", at ").append(Clock.text(t.startSeconds()));
    }
    return s.append('"').toString();
  }
}
