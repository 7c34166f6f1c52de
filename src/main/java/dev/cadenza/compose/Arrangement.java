package dev.cadenza.compose;

import dev.cadenza.music.Key;
import dev.cadenza.music.TimeSignature;
import java.util.List;

/**
 * A composed track: form, harmony, parts, and the ground truth that describes it.
 *
 * @param seed the seed every choice came from
 * @param loopable whether the track is a loop: rendered exactly {@code durationSeconds} long, with
 *     the sound ringing past the end carried round to the start
 * @param genre the genre family composed
 * @param bpm beats per minute
 * @param key tonic and mode
 * @param meter time signature
 * @param durationSeconds musical length: the end of the last bar
 * @param beats beat times in seconds, 60/bpm apart from 0
 * @param downbeats first beat of each bar
 * @param sections tile [0, durationSeconds] on bar boundaries
 * @param chords one span per harmonic change, tiling the sections
 * @param keys one span per key when the key changes, tiling the sections; empty when it does not
 * @param parts the stems, in a fixed order
 * @param warnings what the spec asked that the arrangement does not give, one line each
 * @param mixHints the spec's production hints that the mix renders (music/hints.json), in order
 */
public record Arrangement(
    long seed,
    boolean loopable,
    String genre,
    double bpm,
    Key key,
    TimeSignature meter,
    double durationSeconds,
    List<Double> beats,
    List<Double> downbeats,
    List<FormSection> sections,
    List<ChordSpan> chords,
    List<KeySpan> keys,
    List<Part> parts,
    List<String> warnings,
    List<String> mixHints) {
  public Arrangement {
    warnings = List.copyOf(warnings);
    mixHints = List.copyOf(mixHints);
    beats = List.copyOf(beats);
    downbeats = List.copyOf(downbeats);
    sections = List.copyOf(sections);
    chords = List.copyOf(chords);
    keys = List.copyOf(keys);
    parts = List.copyOf(parts);
  }

  /** An arrangement whose spec gave the mix no hints. */
  public Arrangement(
      long seed,
      boolean loopable,
      String genre,
      double bpm,
      Key key,
      TimeSignature meter,
      double durationSeconds,
      List<Double> beats,
      List<Double> downbeats,
      List<FormSection> sections,
      List<ChordSpan> chords,
      List<KeySpan> keys,
      List<Part> parts,
      List<String> warnings) {
    this(
        seed,
        loopable,
        genre,
        bpm,
        key,
        meter,
        durationSeconds,
        beats,
        downbeats,
        sections,
        chords,
        keys,
        parts,
        warnings,
        List.of());
  }

  public double beatSeconds() {
    return 60.0 / bpm;
  }

  public double barSeconds() {
    return meter.beatsPerBar() * beatSeconds();
  }
}
