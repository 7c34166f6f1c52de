package dev.cadenza.parse;

import dev.cadenza.music.GenreMatch;
import dev.cadenza.music.Instrument;
import java.util.List;

/** What a phrase of the lexicon means; one phrase may carry several meanings. */
sealed interface Meaning {

  record GenreName(GenreMatch match) implements Meaning {}

  record InstrumentName(Instrument instrument) implements Meaning {}

  record Mood(String name, Double energy) implements Meaning {}

  record Energy(double value) implements Meaning {}

  /** A tempo word: absolute range, and which way it leans within a genre's range (-1, 0, +1). */
  record TempoWord(List<Double> range, int direction) implements Meaning {}

  record Feel(String feel) implements Meaning {}

  record Production(String hint) implements Meaning {}

  record Section(String section) implements Meaning {}

  record Loop() implements Meaning {}

  record Ending(String ending) implements Meaning {}

  record Opening(String opening) implements Meaning {}

  record Instrumental() implements Meaning {}

  record Meter(String timeSignature) implements Meaning {}

  /** "short", "long": counts only before a track noun ("a short loop") or standing alone. */
  record DurationWord(double seconds) implements Meaning {}

  record Decade(String era) implements Meaning {}
}
