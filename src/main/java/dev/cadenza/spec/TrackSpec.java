package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The {@code cadenza.trackspec/1} document: what a prompt asks for, resolved to values every later
 * stage can use, with where each value came from. Field meanings are fixed in docs/design.md
 * ("Trackspec semantics"); the fields after {@code unparsed} are additions. Every field may be left
 * out of a spec written by hand: a reader then resolves it as {@code parse} would ({@link
 * WhenLeftOut} says how, and {@code cadenza schema trackspec} prints it).
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
 * @param ending how it ends ("fade-out", "cold", "ring-out") or null
 * @param opening how it starts ("fade-in") or null
 * @param productionHints sound and mix character (lo-fi, vinyl, wide, punchy, …)
 * @param era decade the prompt names ("1990s") or null
 * @param otherGenres further genres named in the prompt, after the one rendered
 * @param instrumentRoles the generator role of each instrument in {@code instruments}
 * @param corrections words read as a near spelling of a known word
 * @param sectionTimings where or how long a section of the structure is asked to be ("a 32-bar
 *     intro", "the drop at 1:00"); each applies to the first section of its label
 * @param keyChanges where the key changes and to what ("a key change up a semitone for the last
 *     chorus"); the key holds from there to the end or the next change
 */
public record TrackSpec(
    @WhenLeftOut("the current version, cadenza.trackspec/1") String schema,
    @WhenLeftOut("null") String prompt,
    @WhenLeftOut("the default genre, pop") String genre,
    @WhenLeftOut("the sub-genre the genre's name chooses (\"deep house\"), else null")
        String subgenre,
    @WhenLeftOut("the default tempo of the genre (or of its sub-genre)") double bpm,
    @WhenLeftOut("[bpm, bpm] when bpm is given, else the tempo range of the genre (or sub-genre)")
        List<Double> tempoRange,
    @WhenLeftOut("the genre's feel") String feel,
    @WhenLeftOut(
            "a tonic drawn by the seed in the genre's mode; a tonic alone means major, a mode alone keeps the mode and draws the tonic")
        Key key,
    @WhenLeftOut("the genre's time signature") String timeSignature,
    @WhenLeftOut("null: the length is durationSeconds") Integer bars,
    @WhenLeftOut("bars x beats per bar x 60 / bpm when bars is given, else the genre's length")
        double durationSeconds,
    @WhenLeftOut("the energy of the genre (or of its sub-genre)") double energy,
    @WhenLeftOut("none") List<String> moods,
    @WhenLeftOut("the genre's instruments, less the excluded ones") List<String> instruments,
    @WhenLeftOut("none") List<String> excludedInstruments,
    @WhenLeftOut("none") List<Reference> references,
    @WhenLeftOut("the genre's form") List<String> structure,
    @WhenLeftOut(
            "derived from the prompt text, or without a prompt from the fields the spec gives (a --seed option sets it)")
        long seed,
    @WhenLeftOut("each field filled in records where its value came from (genre-default, seed)")
        Map<String, Provenance> provenance,
    @WhenLeftOut("what filling in the left-out fields noticed") List<String> warnings,
    @WhenLeftOut("none") List<Unparsed> unparsed,
    @WhenLeftOut(
            "the genre's swing; at least 0.6 for a swing feel, 0 for a straight feel the spec gives")
        Double swing,
    @WhenLeftOut("false") Boolean loopable,
    @WhenLeftOut("null") String ending,
    @WhenLeftOut("null") String opening,
    @WhenLeftOut("none") List<String> productionHints,
    @WhenLeftOut("null") String era,
    @WhenLeftOut("none") List<String> otherGenres,
    @WhenLeftOut("the role the instrument table gives each instrument")
        Map<String, String> instrumentRoles,
    @WhenLeftOut("none") List<Correction> corrections,
    @WhenLeftOut("none") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<SectionTiming> sectionTimings,
    @WhenLeftOut("none") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<KeyChange> keyChanges) {

  /**
   * Lists and maps left out of a hand-written spec read as empty, so readers never meet null
   * collections; the reader fills every field left out as parse would (parse/SpecCompletion).
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
    sectionTimings = sectionTimings == null ? List.of() : sectionTimings;
    keyChanges = keyChanges == null ? List.of() : keyChanges;
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
        corrections,
        sectionTimings,
        keyChanges);
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

  /**
   * A section the prompt places or sizes.
   *
   * @param label the section's label, as in {@code structure}
   * @param bars its length in bars, or null
   * @param startSeconds where it starts, or null; the form puts it on the nearest bar line
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SectionTiming(String label, Integer bars, Double startSeconds) {}

  /**
   * A change of key. Where: {@code startSeconds}, else the last section labelled {@code section},
   * else the composer's choice (the last chorus or drop). To what: {@code key}, else the key {@code
   * semitones} away in the same mode, else a semitone up.
   *
   * @param section label of the section it starts (its last occurrence), or null
   * @param startSeconds when it starts (the nearest section start), or null
   * @param key the new key, or null
   * @param semitones the move of the tonic when no key is named, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record KeyChange(String section, Double startSeconds, Key key, Integer semitones) {}
}
