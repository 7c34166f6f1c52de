package dev.cadenza.music;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sounding range of the real instruments a lead line is written for, and which of them each
 * synth instrument plays as ({@code music/ranges.json}): a tune a saxophone could not play does not
 * sound like a saxophone's.
 */
public final class PlayingRanges {

  private static final String RESOURCE = "/dev/cadenza/music/ranges.json";

  private static final PlayingRanges TABLE = load();

  /** Lowest and highest sounding MIDI note of an instrument in ordinary playing. */
  public record Range(String instrument, int low, int high) {
    public Range {
      if (low < 0 || high > 127 || high - low < 12) {
        throw new IllegalArgumentException(
            instrument + ": a range needs an octave within MIDI 0..127: " + low + ".." + high);
      }
    }

    /** Whether {@code pitch} is playable. */
    public boolean holds(int pitch) {
      return pitch >= low && pitch <= high;
    }
  }

  private final Map<String, Range> instruments;
  private final Map<String, String> synths;

  private PlayingRanges(Map<String, Range> instruments, Map<String, String> synths) {
    this.instruments = instruments;
    this.synths = synths;
  }

  /** The table shipped with cadenza. */
  public static PlayingRanges table() {
    return TABLE;
  }

  /** The range of a real instrument named in the table, e.g. "alto saxophone". */
  public Optional<Range> instrument(String name) {
    return Optional.ofNullable(instruments.get(name));
  }

  /**
   * The range a synth instrument's lead keeps to: that of the real instrument it plays as; empty
   * for an electronic sound, which has none.
   */
  public Optional<Range> synth(String synth) {
    String real = synths.get(synth);
    return real == null ? Optional.empty() : instrument(real);
  }

  private static PlayingRanges load() {
    JsonNode root = TableFields.read(RESOURCE);
    Map<String, Range> instruments = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = TableFields.required(root, "instruments").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode r = e.getValue();
      TableFields.text(r, "source");
      instruments.put(
          e.getKey(),
          new Range(
              e.getKey(), (int) TableFields.number(r, "low"), (int) TableFields.number(r, "high")));
    }
    Map<String, String> synths = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> s = TableFields.required(root, "synths").fields();
    while (s.hasNext()) {
      Map.Entry<String, JsonNode> e = s.next();
      if (!instruments.containsKey(e.getValue().asText())) {
        throw new IllegalStateException(
            RESOURCE + ": synth " + e.getKey() + " plays unknown " + e.getValue().asText());
      }
      synths.put(e.getKey(), e.getValue().asText());
    }
    return new PlayingRanges(
        java.util.Collections.unmodifiableMap(instruments),
        java.util.Collections.unmodifiableMap(synths));
  }
}
