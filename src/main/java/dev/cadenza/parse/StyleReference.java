package dev.cadenza.parse;

import java.util.List;

/**
 * A well-known artist or style a prompt may point to, and what naming it implies.
 *
 * @param name as usually written ("Daft Punk")
 * @param aliases other spellings, matched case-insensitively
 * @param genre the genre family it implies
 * @param bpmRange typical tempo {@code [lo, hi]}
 * @param energy typical energy 0..1
 * @param instruments signature instruments, canonical lexicon names
 */
public record StyleReference(
    String name,
    List<String> aliases,
    String genre,
    List<Double> bpmRange,
    double energy,
    List<String> instruments) {
  public StyleReference {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    bpmRange = List.copyOf(bpmRange);
    instruments = List.copyOf(instruments);
  }
}
