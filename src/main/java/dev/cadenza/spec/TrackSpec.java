package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The {@code cadenza.trackspec/1} document: what a prompt asks for, resolved to values every later
 * stage can use, with where each value came from. Field meanings are fixed in docs/design.md
 * ("Trackspec semantics"); the fields after {@code unparsed} are additions.
 *
 * @param prompt the prompt as given
 * @param genre the genre family the generator renders
 * @param subgenre the more specific style named in the prompt, or null
 * @param bpm tempo in beats per minute, always set
 * @param tempoRange acceptable tempo {@code [lo, hi]}; {@code [bpm, bpm]} for a stated number
 * @param feel straight, swing, half-time or double-time
 * @param key tonic and mode
 * @param timeSignature e.g. "4/4"
 * @param bars length in bars, only when the prompt counts bars
 * @param durationSeconds length in seconds, always set
 * @param energy 0..1; low &lt;= 0.33, high &gt;= 0.66
 * @param moods canonical mood names
 * @param instruments canonical instrument names wanted (never an excluded one)
 * @param excludedInstruments canonical instrument names not wanted
 * @param references style references ("like X"), known or not
 * @param structure section labels in order
 * @param seed seed of every random choice downstream
 * @param provenance per field: where its value came from
 * @param warnings things the parser noticed and resolved, in words
 * @param unparsed parts of the prompt the parser did not use
 * @param swing 0 (straight) to 1 (full triplet swing)
 * @param loopable whether the track should loop seamlessly
 * @param ending how it ends ("fade-out", "cold") or null
 * @param opening how it starts ("fade-in") or null
 * @param productionHints sound and mix character (lo-fi, vinyl, wide, punchy, …)
 * @param era decade the prompt names ("1990s") or null
 * @param otherGenres further genres named in the prompt, after the one rendered
 * @param instrumentRoles the generator role of each instrument in {@code instruments}
 * @param corrections words read as a near spelling of a known word
 */
public record TrackSpec(
    String schema,
    String prompt,
    String genre,
    String subgenre,
    double bpm,
    List<Double> tempoRange,
    String feel,
    Key key,
    String timeSignature,
    Integer bars,
    double durationSeconds,
    double energy,
    List<String> moods,
    List<String> instruments,
    List<String> excludedInstruments,
    List<Reference> references,
    List<String> structure,
    long seed,
    Map<String, Provenance> provenance,
    List<String> warnings,
    List<Unparsed> unparsed,
    Double swing,
    Boolean loopable,
    String ending,
    String opening,
    List<String> productionHints,
    String era,
    List<String> otherGenres,
    Map<String, String> instrumentRoles,
    List<Correction> corrections) {

  /**
   * Lists and maps left out of a hand-written spec read as empty, so readers never meet null
   * collections; scalar fields left out stay null for the reading stage to reject or default.
   */
  public TrackSpec {
    moods = moods == null ? List.of() : moods;
    instruments = instruments == null ? List.of() : instruments;
    excludedInstruments = excludedInstruments == null ? List.of() : excludedInstruments;
    references = references == null ? List.of() : references;
    structure = structure == null ? List.of() : structure;
    provenance = provenance == null ? Map.of() : provenance;
    warnings = warnings == null ? List.of() : warnings;
    unparsed = unparsed == null ? List.of() : unparsed;
    productionHints = productionHints == null ? List.of() : productionHints;
    otherGenres = otherGenres == null ? List.of() : otherGenres;
    instrumentRoles = instrumentRoles == null ? Map.of() : instrumentRoles;
    corrections = corrections == null ? List.of() : corrections;
  }

  /** This spec with tempo, key, duration and provenance replaced, every other field kept. */
  public TrackSpec withTempoAndKey(
      double newBpm, Key newKey, double newDurationSeconds, Map<String, Provenance> newProvenance) {
    return new TrackSpec(
        schema,
        prompt,
        genre,
        subgenre,
        newBpm,
        tempoRange,
        feel,
        newKey,
        timeSignature,
        bars,
        newDurationSeconds,
        energy,
        moods,
        instruments,
        excludedInstruments,
        references,
        structure,
        seed,
        newProvenance,
        warnings,
        unparsed,
        swing,
        loopable,
        ending,
        opening,
        productionHints,
        era,
        otherGenres,
        instrumentRoles,
        corrections);
  }

  /** Provenance sources, as written in the document. */
  public static final String PROMPT = "prompt";

  public static final String TEMPO_WORD = "tempo-word";
  public static final String REFERENCE = "reference";
  public static final String GENRE_DEFAULT = "genre-default";
  public static final String SEED = "seed";
  public static final String OVERRIDE = "override";
  public static final String AUDIO = "audio";

  /**
   * Tonic and mode.
   *
   * @param tonic as written by the user or the usual spelling (F#, Gb, Bb)
   * @param mode lower case: major, minor, dorian, phrygian, lydian, mixolydian, …
   */
  public record Key(String tonic, String mode) {}

  /**
   * Where a value came from.
   *
   * @param source prompt, tempo-word, reference, genre-default, seed, override or audio
   * @param text the matched words of the prompt, or the genre / reference / setting it came from
   * @param start offset of the matched words in the prompt (UTF-16 index), prompt sources only
   * @param end offset just past the matched words
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Provenance(String source, String text, Integer start, Integer end) {}

  /**
   * A style reference.
   *
   * @param name as written in the prompt (known names in their usual spelling)
   * @param known whether cadenza knows what it implies
   * @param genre implied genre family (known references only)
   * @param bpmRange implied tempo range
   * @param energy implied energy
   * @param instruments signature instruments
   * @param start offset of the name in the prompt
   * @param end offset just past the name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Reference(
      String name,
      boolean known,
      String genre,
      List<Double> bpmRange,
      Double energy,
      List<String> instruments,
      Integer start,
      Integer end) {}

  /** Words of the prompt the parser did not use. */
  public record Unparsed(String text, int start, int end) {}

  /**
   * A word read as a near spelling of a known one.
   *
   * @param text as written
   * @param correctedTo the known word it was read as
   * @param distance edit distance (insertions, deletions, substitutions, transpositions)
   */
  public record Correction(String text, String correctedTo, int start, int end, int distance) {}
}
