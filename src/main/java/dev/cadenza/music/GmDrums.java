package dev.cadenza.music;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The drum sound each note number plays on the General MIDI percussion channel (channel 10), from
 * the GM 1 key map in {@code music/gm-drums.json}: what a drum lane of {@code arrangement.mid}
 * names its rows by.
 */
public final class GmDrums {

  static final String RESOURCE = "/dev/cadenza/music/gm-drums.json";

  private final int first;
  private final List<String> names;

  private GmDrums(int first, List<String> names) {
    this.first = first;
    this.names = List.copyOf(names);
  }

  /** The key map of General MIDI Level 1. */
  public static GmDrums standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final GmDrums STANDARD = load();
  }

  private static GmDrums load() {
    JsonNode table = TableFields.read(RESOURCE);
    return new GmDrums(
        (int) TableFields.number(table, "first"), TableFields.strings(table, "names"));
  }

  /**
   * The name of the drum {@code key} plays, or "Drum key N" for a key GM 1 leaves unassigned (a kit
   * of another standard may still use it).
   */
  public String name(int key) {
    int index = key - first;
    return index >= 0 && index < names.size() ? names.get(index) : "Drum key " + key;
  }
}
