package dev.cadenza.compose;

import dev.cadenza.spec.TrackSpec;
import java.util.List;

/** Hand-written track specs for tests. */
public final class Specs {
  private Specs() {}

  public static TrackSpec of(
      String genre,
      double bpm,
      String tonic,
      String mode,
      String timeSignature,
      Integer bars,
      double seconds,
      List<String> structure,
      List<String> excluded,
      long seed) {
    return of(
        genre, null, bpm, tonic, mode, timeSignature, bars, seconds, structure, excluded, seed);
  }

  /** A spec of a genre's subgenre (null for the genre itself). */
  public static TrackSpec of(
      String genre,
      String subgenre,
      double bpm,
      String tonic,
      String mode,
      String timeSignature,
      Integer bars,
      double seconds,
      List<String> structure,
      List<String> excluded,
      long seed) {
    return new TrackSpec(
        "cadenza.trackspec/1",
        "test",
        genre,
        subgenre,
        bpm,
        List.of(bpm, bpm),
        "straight",
        new TrackSpec.Key(tonic, mode),
        timeSignature,
        bars,
        seconds,
        0.6,
        List.of(),
        List.of(),
        excluded,
        List.of(),
        structure,
        seed,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static TrackSpec bars(String genre, double bpm, String tonic, String mode, int bars) {
    return of(genre, bpm, tonic, mode, "4/4", bars, 0, List.of(), List.of(), 11);
  }
}
