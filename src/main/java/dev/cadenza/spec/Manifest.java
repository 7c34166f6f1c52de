package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code cadenza.manifest/1} document that {@code cadenza generate} prints: the stems it wrote,
 * the MIDI file of the arrangement, and the ground truth of what was composed. Field names are
 * fixed in docs/design.md; fields after {@code truth} are additions.
 *
 * @param seed the seed the track was composed and rendered from
 * @param stems one entry per WAV written, in a fixed order
 * @param midi path of the MIDI file
 * @param truth what the audio contains, by construction
 * @param genre genre family rendered
 * @param sampleRate of every stem (may be absent in a hand-written manifest)
 * @param bitsPerSample of every stem, 32 meaning float (may be absent likewise)
 * @param warnings what the spec asked that the track does not give ("saxophone: no instrument of
 *     the built-in engine plays it; left out"), absent when nothing was left out
 * @param productionHints the spec's production hints that the mix renders ("reverb", "warm"; see
 *     mix/hints.json), in the spec's order; absent when none: {@code mix} reads them from here
 */
public record Manifest(
    String schema,
    long seed,
    List<Stem> stems,
    String midi,
    Truth truth,
    String genre,
    Integer sampleRate,
    Integer bitsPerSample,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> productionHints) {

  public Manifest {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    productionHints = productionHints == null ? List.of() : List.copyOf(productionHints);
  }

  /** A manifest with nothing left out. */
  public Manifest(
      String schema,
      long seed,
      List<Stem> stems,
      String midi,
      Truth truth,
      String genre,
      Integer sampleRate,
      Integer bitsPerSample) {
    this(schema, seed, stems, midi, truth, genre, sampleRate, bitsPerSample, List.of(), List.of());
  }

  /**
   * One stem.
   *
   * @param name part name
   * @param file path of the WAV: the output folder as given, joined with the file name
   * @param role generator role (drums, bass, chords, pad, lead, fx, texture)
   * @param gainDb suggested mix gain
   * @param pan suggested pan, -1 (left) .. 1 (right)
   */
  public record Stem(String name, String file, String role, double gainDb, double pan) {}

  /**
   * Ground truth of the arrangement. Times in seconds from the start of the stems.
   *
   * @param key the key the track starts in
   * @param durationSeconds musical length, to the end of the last bar (the stems run on while the
   *     last notes ring out)
   * @param keys when the key changes, one span per key tiling the track (absent otherwise)
   */
  public record Truth(
      double bpm,
      TrackSpec.Key key,
      String timeSignature,
      double durationSeconds,
      List<Double> beats,
      List<Double> downbeats,
      List<Span> sections,
      List<Chord> chords,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<KeySpan> keys) {

    public Truth {
      keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** The truth of a track in one key. */
    public Truth(
        double bpm,
        TrackSpec.Key key,
        String timeSignature,
        double durationSeconds,
        List<Double> beats,
        List<Double> downbeats,
        List<Span> sections,
        List<Chord> chords) {
      this(bpm, key, timeSignature, durationSeconds, beats, downbeats, sections, chords, List.of());
    }
  }

  /** A stretch in one key. */
  public record KeySpan(double start, double end, String tonic, String mode) {}

  /** A labelled section. */
  public record Span(double start, double end, String label) {}

  /** A chord and where it sounds. */
  public record Chord(double start, double end, String symbol) {}
}
