package dev.cadenza.music;

import java.util.List;

/**
 * One instrument of the lexicon.
 *
 * @param name canonical name used in specs ("electric piano")
 * @param role the generator role that renders it (drums, bass, chords, pad, lead, vocal, …)
 * @param synonyms other names ("rhodes", "wurlitzer")
 */
public record Instrument(String name, String role, List<String> synonyms) {
  public Instrument {
    synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
  }

  /** A name that stands for its whole role ("drums", "vocals", "strings"). */
  public boolean isWholeRole() {
    return name.equals(role) || name.equals(role + "s");
  }
}
