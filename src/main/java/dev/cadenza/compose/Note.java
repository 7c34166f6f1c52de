package dev.cadenza.compose;

import dev.cadenza.synth.NoteEvent;

/**
 * One note of a part and the synth instrument that plays it. Drum hits carry their General MIDI
 * drum number as pitch (the drum voices ignore pitch; toms use it).
 */
public record Note(String instrument, NoteEvent event) {

  /** The same note played {@code factor} times as hard, kept within a velocity of 0.01..1. */
  Note withVelocityScaled(double factor) {
    NoteEvent e = event;
    double v = Math.max(0.01, Math.min(1, e.velocity() * factor));
    return new Note(
        instrument, new NoteEvent(e.startSeconds(), e.durationSeconds(), e.pitch(), v, e.params()));
  }
}
