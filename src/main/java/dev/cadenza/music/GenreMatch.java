package dev.cadenza.music;

import java.util.List;

/**
 * A genre family, and the sub-genre when the name was a sub-genre's.
 *
 * @param genre the family the generator renders
 * @param subgenre the more specific style, or null
 */
public record GenreMatch(Genre genre, Genre.Subgenre subgenre) {

  /** The tempo range of the sub-genre when it has one, else the family's. */
  public List<Double> bpmRange() {
    return subgenre != null && subgenre.bpmRange() != null ? subgenre.bpmRange() : genre.bpmRange();
  }

  public double defaultBpm() {
    return subgenre != null && subgenre.defaultBpm() != null
        ? subgenre.defaultBpm()
        : genre.defaultBpm();
  }

  public double energy() {
    return subgenre != null && subgenre.energy() != null ? subgenre.energy() : genre.energy();
  }
}
