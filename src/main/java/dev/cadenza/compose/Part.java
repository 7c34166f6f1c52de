package dev.cadenza.compose;

import java.util.List;

/**
 * One stem's worth of notes.
 *
 * @param name stem name ("drums", "bass", …)
 * @param role generator role
 * @param gainDb suggested mix gain
 * @param pan suggested pan, -1 (left) .. 1 (right)
 * @param midiChannel 0..15; 9 is General MIDI percussion
 * @param midiProgram General MIDI program 0..127 (ignored on channel 9)
 * @param notes in start order
 */
public record Part(
    String name,
    String role,
    double gainDb,
    double pan,
    int midiChannel,
    int midiProgram,
    List<Note> notes) {
  public Part {
    notes = List.copyOf(notes);
  }

  /** The same stem with other notes. */
  Part withNotes(List<Note> other) {
    return new Part(name, role, gainDb, pan, midiChannel, midiProgram, other);
  }
}
