package dev.cadenza.compose;

import java.util.List;

/**
 * A chord and where it sounds.
 *
 * @param start seconds
 * @param end seconds
 * @param symbol e.g. "Fm", "Bbmaj7", "C7"
 * @param root pitch class of the root
 * @param pitchClasses chord tones from the root up
 * @param voicing MIDI pitches of the voiced chord, low to high
 */
public record ChordSpan(
    double start,
    double end,
    String symbol,
    int root,
    List<Integer> pitchClasses,
    List<Integer> voicing) {
  public ChordSpan {
    pitchClasses = List.copyOf(pitchClasses);
    voicing = List.copyOf(voicing);
  }
}
