package dev.cadenza.compose;

import dev.cadenza.synth.NoteEvent;

/**
 * One note of a part and the synth instrument that plays it. Drum hits carry their General MIDI
 * drum number as pitch (the drum voices ignore pitch; toms use it).
 */
public record Note(String instrument, NoteEvent event) {}
