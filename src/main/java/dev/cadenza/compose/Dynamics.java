package dev.cadenza.compose;

import dev.cadenza.music.ProductionHints;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The track's opening and ending as the spec asks: a fade-in plays the first section rising from
 * near silence, a fade-out lets the last section fall away to it (in the notes' velocities, so the
 * MIDI fades too); a ring-out holds the final chord ({@link RingOut}). And what the arrangement
 * cannot honour, in words.
 */
final class Dynamics {
  /** Velocity scale at the quiet end of a fade. */
  private static final double FLOOR = 0.15;

  private Dynamics() {}

  static List<Part> shape(List<Part> parts, TrackSpec spec, BarGrid grid) {
    if ("ring-out".equals(spec.ending()) && !grid.loopable()) {
      parts = RingOut.hold(parts, grid);
    }
    boolean in = "fade-in".equals(spec.opening());
    boolean out = "fade-out".equals(spec.ending()) && !grid.loopable();
    if (!in && !out) {
      return parts;
    }
    FormSection first = grid.sections().get(0);
    FormSection last = grid.sections().get(grid.sections().size() - 1);
    List<Part> shaped = new ArrayList<>();
    for (Part p : parts) {
      List<Note> notes = new ArrayList<>();
      for (Note n : p.notes()) {
        NoteEvent e = n.event();
        double t = e.startSeconds();
        double scale = 1;
        if (in && t < first.end()) {
          scale *= FLOOR + (1 - FLOOR) * (t - first.start()) / (first.end() - first.start());
        }
        if (out && t >= last.start()) {
          scale *= 1 - (1 - FLOOR) * (t - last.start()) / (last.end() - last.start());
        }
        notes.add(n.withVelocityScaled(scale));
      }
      shaped.add(p.withNotes(notes));
    }
    return shaped;
  }

  /** What the spec asks that no stage renders yet, one line each. */
  static List<String> unrendered(TrackSpec spec, ProductionHints rendered) {
    List<String> out = new ArrayList<>();
    for (String hint : spec.productionHints()) {
      if (rendered.rendered(hint)) {
        continue;
      }
      out.add("production hint \"" + hint + "\": not rendered (no stage reads this hint)");
    }
    if (spec.ending() != null
        && !spec.ending().equals("fade-out")
        && !spec.ending().equals("cold")
        && !spec.ending().equals("ring-out")) {
      out.add("ending \"" + spec.ending() + "\": not rendered; the track ends on its final chord");
    }
    if (spec.opening() != null && !spec.opening().equals("fade-in")) {
      out.add("opening \"" + spec.opening() + "\": not rendered (no stage reads this hint)");
    }
    return out;
  }
}
