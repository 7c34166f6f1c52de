package dev.cadenza.compose;

import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A ring-out ending ("let the last chord ring"): the final chord is struck once on the last
 * downbeat and held, every part on it, past the end of the bar, and left to decay; the drums play
 * only that downbeat's hits. Without it the final chord is struck and released within the bar.
 */
final class RingOut {
  /**
   * How long the final chord is held past the last bar: long enough to hear it decay, short enough
   * for the master to stay within QA's allowance for a ring-out (5 s past the asked length).
   */
  static final double HOLD_SECONDS = 3;

  private RingOut() {}

  static List<Part> hold(List<Part> parts, BarGrid grid) {
    int last = grid.totalBars() - 1;
    double downbeat = grid.barStart(last);
    double end = grid.barStart(last) + grid.barSeconds() + HOLD_SECONDS;
    List<Part> held = new ArrayList<>();
    for (Part p : parts) {
      boolean drums = p.role().equals("drums");
      boolean fx = p.role().equals("fx");
      List<Note> notes = new ArrayList<>();
      for (Note n : p.notes()) {
        NoteEvent e = n.event();
        boolean finalChord = e.startSeconds() >= downbeat - 1e-9;
        if (finalChord && drums && e.startSeconds() > downbeat + 0.05) {
          continue; // nothing after the last downbeat's hits: the chord rings alone
        }
        double length = finalChord && !drums && !fx ? end - e.startSeconds() : e.durationSeconds();
        notes.add(
            new Note(
                n.instrument(),
                new NoteEvent(e.startSeconds(), length, e.pitch(), e.velocity(), e.params())));
      }
      held.add(
          new Part(
              p.name(), p.role(), p.gainDb(), p.pan(), p.midiChannel(), p.midiProgram(), notes));
    }
    return held;
  }
}
