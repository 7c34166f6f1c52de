package dev.cadenza.parse;

import static dev.cadenza.spec.TrackSpec.OVERRIDE;
import static dev.cadenza.spec.TrackSpec.SEED;

import dev.cadenza.BadInputException;
import dev.cadenza.music.GenreMatch;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.spec.TrackSpec.Key;
import dev.cadenza.spec.TrackSpec.Provenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills in the fields a hand-written trackspec leaves out, each exactly as {@code parse} resolves
 * it: the fields the spec gives act as {@code --set} overrides on a prompt that says nothing, and
 * the {@link Resolver} decides the rest (genre defaults, the key drawn by the seed, the length from
 * counted bars), recording their provenance. A spec that gives every field comes back unchanged.
 */
public final class SpecCompletion {

  /** The fields parse always sets; a spec that leaves one out is completed. */
  private static final Set<String> ALWAYS_SET =
      Set.of(
          "genre",
          "bpm",
          "tempoRange",
          "feel",
          "key",
          "timeSignature",
          "durationSeconds",
          "energy",
          "instruments",
          "instrumentRoles",
          "structure",
          "seed",
          "swing",
          "loopable");

  private final Lexicon lex;

  public SpecCompletion(Lexicon lex) {
    this.lex = lex;
  }

  /** The completion over the lexicon shipped with cadenza (loaded only when a spec needs it). */
  public static TrackSpec standard(Json.Partial<TrackSpec> partial, Long seedOption, String file) {
    if (isComplete(partial)) {
      return partial.document();
    }
    return new SpecCompletion(PromptParser.standard().lexicon())
        .complete(partial, seedOption, file);
  }

  /** Whether the spec gives every field parse always sets, the key with tonic and mode. */
  static boolean isComplete(Json.Partial<TrackSpec> partial) {
    Key key = partial.document().key();
    return partial.given().containsAll(ALWAYS_SET)
        && key != null
        && key.tonic() != null
        && key.mode() != null;
  }

  /**
   * The spec with every field it leaves out resolved as parse would.
   *
   * @param partial the spec as read, and which fields it gives
   * @param seedOption a seed given on the command line, which beats the spec's (as in parse)
   * @param file how messages name the spec
   * @throws BadInputException when a field the resolution needs is given but invalid
   */
  public TrackSpec complete(Json.Partial<TrackSpec> partial, Long seedOption, String file) {
    if (isComplete(partial)) {
      return partial.document();
    }
    TrackSpec given = partial.document();
    Set<String> has = partial.given();
    Long seed = seedOption;
    boolean seedFromFields = seed == null && !has.contains("seed") && given.prompt() == null;
    if (seedFromFields) {
      seed = fieldsSeed(given);
    }
    String prompt = given.prompt() == null ? "" : given.prompt();
    Overrides overrides = GivenFields.overrides(given, has, lex, file);
    TrackSpec resolved =
        new Resolver(lex, prompt, new Findings(), seed, overrides, List.of(), List.of()).resolve();
    Map<String, Provenance> provenance = provenance(given, has, resolved, seedOption);
    if (seedFromFields) {
      provenance.put("seed", new Provenance(SEED, "derived from the spec's fields", null, null));
    }
    return merged(given, has, resolved, Collections.unmodifiableMap(provenance));
  }

  /**
   * Without a prompt to derive the seed from (parse's rule), the spec's own fields are its text:
   * specs that differ get different seeds, and the same spec always the same one.
   */
  private static long fieldsSeed(TrackSpec given) {
    try {
      return Resolver.derivedSeed(new String(Json.toBytes(given, false), "UTF-8"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The spec's own provenance, and the resolver's for each field it filled in; a filled field that
   * follows from a given one (tempoRange from bpm) has that field's provenance, not a new one.
   */
  private static Map<String, Provenance> provenance(
      TrackSpec given, Set<String> has, TrackSpec resolved, Long seedOption) {
    Map<String, Provenance> out = new LinkedHashMap<>(given.provenance());
    for (Map.Entry<String, Provenance> e : resolved.provenance().entrySet()) {
      String field = e.getKey().equals("mode") ? "key" : e.getKey();
      boolean filled = !has.contains(field) || field.equals("key") && !keyGiven(given, has);
      boolean derived = e.getValue().source().equals(OVERRIDE);
      boolean commandLineSeed = field.equals("seed") && seedOption != null;
      if (filled && (!derived || commandLineSeed)) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static boolean keyGiven(TrackSpec given, Set<String> has) {
    Key key = given.key();
    return has.contains("key") && key != null && key.tonic() != null && key.mode() != null;
  }

  /** Each field as the spec gives it, else as resolved. */
  private static TrackSpec merged(
      TrackSpec g, Set<String> has, TrackSpec r, Map<String, Provenance> provenance) {
    return new TrackSpec(
        has.contains("schema") ? g.schema() : Contract.TRACKSPEC.tag(),
        g.prompt(),
        has.contains("genre") ? g.genre() : r.genre(),
        has.contains("subgenre") ? g.subgenre() : r.subgenre(),
        has.contains("bpm") ? g.bpm() : r.bpm(),
        has.contains("tempoRange") ? g.tempoRange() : r.tempoRange(),
        has.contains("feel") ? g.feel() : r.feel(),
        keyGiven(g, has) ? g.key() : r.key(),
        has.contains("timeSignature") ? g.timeSignature() : r.timeSignature(),
        has.contains("bars") ? g.bars() : r.bars(),
        has.contains("durationSeconds") ? g.durationSeconds() : r.durationSeconds(),
        has.contains("energy") ? g.energy() : r.energy(),
        has.contains("moods") ? g.moods() : r.moods(),
        has.contains("instruments") ? g.instruments() : r.instruments(),
        has.contains("excludedInstruments") ? g.excludedInstruments() : r.excludedInstruments(),
        has.contains("references") ? g.references() : r.references(),
        has.contains("structure") ? g.structure() : r.structure(),
        has.contains("seed") ? g.seed() : r.seed(),
        provenance,
        has.contains("warnings") ? g.warnings() : r.warnings(),
        has.contains("unparsed") ? g.unparsed() : r.unparsed(),
        has.contains("swing") ? g.swing() : r.swing(),
        has.contains("loopable") ? g.loopable() : r.loopable(),
        g.ending(),
        g.opening(),
        has.contains("productionHints") ? g.productionHints() : r.productionHints(),
        g.era(),
        has.contains("otherGenres") ? g.otherGenres() : r.otherGenres(),
        has.contains("instrumentRoles") ? g.instrumentRoles() : r.instrumentRoles(),
        has.contains("corrections") ? g.corrections() : r.corrections(),
        has.contains("sectionTimings") ? g.sectionTimings() : r.sectionTimings(),
        has.contains("keyChanges") ? g.keyChanges() : r.keyChanges());
  }

  /** The fields a spec gives, as the overrides parse's {@code --set} would make of them. */
  private static final class GivenFields {

    private GivenFields() {}

    static Overrides overrides(TrackSpec g, Set<String> has, Lexicon lex, String file) {
      Map<String, String> written = new LinkedHashMap<>();
      for (String field : has) {
        written.put(field, "spec");
      }
      Key key = has.contains("key") ? g.key() : null;
      boolean tonic = key != null && key.tonic() != null;
      return new Overrides(
          has.contains("genre") ? genre(g.genre(), lex, file) : null,
          has.contains("subgenre") ? g.subgenre() : null,
          has.contains("bpm") ? g.bpm() : null,
          tonic ? new Key(key.tonic(), key.mode() == null ? "major" : key.mode()) : null,
          !tonic && key != null ? key.mode() : null,
          has.contains("timeSignature") ? g.timeSignature() : null,
          has.contains("bars") ? g.bars() : null,
          has.contains("durationSeconds") ? g.durationSeconds() : null,
          has.contains("energy") ? g.energy() : null,
          has.contains("moods") ? g.moods() : null,
          has.contains("instruments") ? g.instruments() : null,
          has.contains("excludedInstruments") ? g.excludedInstruments() : null,
          has.contains("feel") ? g.feel() : null,
          has.contains("seed") ? (Long) g.seed() : null,
          has.contains("structure") ? g.structure() : null,
          has.contains("productionHints") ? g.productionHints() : null,
          Map.copyOf(written));
    }

    /** The genre the spec names, by any name or alias the genre table knows. */
    private static GenreMatch genre(String name, Lexicon lex, String file) {
      return lex.genres()
          .find(name)
          .orElseThrow(
              () -> {
                List<String> known = new ArrayList<>();
                lex.genres().genres().forEach(x -> known.add(x.name()));
                return new BadInputException(
                    file,
                    "invalid "
                        + Contract.TRACKSPEC.tag()
                        + " document: field 'genre': unknown genre \""
                        + name
                        + "\" (known: "
                        + String.join(", ", known)
                        + ")",
                    null);
              });
    }
  }
}
