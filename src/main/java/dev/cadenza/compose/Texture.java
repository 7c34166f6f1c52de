package dev.cadenza.compose;

import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A texture bed (a record's crackle) under the whole track: one note a bar, so no note outgrows a
 * bar (the voice overlaps each into the next without a seam). It shows most where the music is
 * thinnest: an intro or a breakdown carries it a little louder than a full chorus.
 */
final class Texture {
  /** Written on middle C: a texture has no pitch, and the MIDI file needs one. */
  static final int PITCH = 60;

  private Texture() {}

  static List<Note> write(BarGrid grid, String synth) {
    List<Note> notes = new ArrayList<>(grid.totalBars());
    for (int bar = 0; bar < grid.totalBars(); bar++) {
      double energy = grid.section(bar).energy();
      double velocity = Math.max(0.5, Math.min(1, 1 - 0.3 * energy));
      notes.add(
          new Note(synth, new NoteEvent(grid.barStart(bar), grid.barSeconds(), PITCH, velocity)));
    }
    return notes;
  }
}
