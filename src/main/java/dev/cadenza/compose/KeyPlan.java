package dev.cadenza.compose;

import dev.cadenza.music.Key;
import dev.cadenza.music.KeyChanges;
import dev.cadenza.spec.TrackSpec.KeyChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key of each section: the track's key until a change the spec asks for, the new key from that
 * section on. A change goes on a section start, since a section is where a listener expects the
 * lift (the last chorus of a pop song, the last drop). Changes that cannot be made are said.
 */
final class KeyPlan {
  private KeyPlan() {}

  /**
   * The key of every section, and what could not be honoured.
   *
   * @param sectionKeys one key per section of the form
   * @param warnings one line per change not made or moved
   */
  record Planned(List<Key> sectionKeys, List<String> warnings) {

    /** Whether any section is in another key than the first. */
    boolean changes() {
      return sectionKeys.stream().anyMatch(k -> !k.equals(sectionKeys.get(0)));
    }
  }

  static Planned plan(
      Key home, List<FormSection> sections, List<KeyChange> changes, boolean loopable) {
    List<Key> keys = new ArrayList<>();
    sections.forEach(s -> keys.add(home));
    List<String> warnings = new ArrayList<>();
    for (KeyChange change : changes) {
      if (loopable) {
        warnings.add(describe(change) + ": not made; a loop keeps one key so it can repeat");
        continue;
      }
      int at = sectionOf(change, sections, warnings);
      if (at <= 0) {
        continue;
      }
      Key to = KeyChanges.target(change, keys.get(at));
      for (int i = at; i < keys.size(); i++) {
        keys.set(i, to);
      }
    }
    return new Planned(List.copyOf(keys), warnings);
  }

  /** The section a change starts; 0 or -1 (with a warning) when there is none to change at. */
  private static int sectionOf(KeyChange c, List<FormSection> sections, List<String> warnings) {
    if (c.startSeconds() != null) {
      return nearestStart(c, sections, warnings);
    }
    if (c.section() != null) {
      int last = lastOf(sections, c.section());
      if (last < 0) {
        warnings.add(describe(c) + ": the form has no " + c.section() + "; not made");
      } else if (last == 0) {
        warnings.add(describe(c) + ": the " + c.section() + " opens the track; not made");
      }
      return last;
    }
    int chosen = Math.max(lastOf(sections, "chorus"), lastOf(sections, "drop"));
    if (chosen <= 0) {
      chosen = sections.size() > 2 ? sections.size() - 2 : sections.size() - 1;
    }
    if (chosen <= 0) {
      warnings.add(describe(c) + ": the form has one section; not made");
    }
    return chosen;
  }

  private static int nearestStart(KeyChange c, List<FormSection> sections, List<String> warn) {
    int best = -1;
    for (int i = 1; i < sections.size(); i++) {
      double d = Math.abs(sections.get(i).start() - c.startSeconds());
      if (best < 0 || d < Math.abs(sections.get(best).start() - c.startSeconds())) {
        best = i;
      }
    }
    if (best < 0) {
      warn.add(describe(c) + ": the form has one section; not made");
      return -1;
    }
    FormSection s = sections.get(best);
    double bar = (s.end() - s.start()) / s.bars();
    if (Math.abs(s.start() - c.startSeconds()) > bar) {
      warn.add(
          describe(c) + ": made at the start of the " + s.label() + " at " + Clock.text(s.start()));
    }
    return best;
  }

  private static int lastOf(List<FormSection> sections, String label) {
    for (int i = sections.size() - 1; i >= 0; i--) {
      if (sections.get(i).label().equalsIgnoreCase(label)) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(KeyChange c) {
    StringBuilder s = new StringBuilder("key change");
    if (c.key() != null) {
      s.append(" to ").append(c.key().tonic() == null ? "" : c.key().tonic() + " ");
      s.append(c.key().mode() == null ? "" : c.key().mode());
    } else if (c.semitones() != null) {
      s.append(String.format(Locale.ROOT, " of %+d semitones", c.semitones()));
    }
    if (c.section() != null) {
      s.append(" for the last ").append(c.section());
    }
    if (c.startSeconds() != null) {
      s.append(" at ").append(Clock.text(c.startSeconds()));
    }
    return s.toString().replace("  ", " ").strip();
  }
}
