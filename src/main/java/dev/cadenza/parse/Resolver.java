package dev.cadenza.parse;

import static dev.cadenza.spec.TrackSpec.GENRE_DEFAULT;
import static dev.cadenza.spec.TrackSpec.OVERRIDE;
import static dev.cadenza.spec.TrackSpec.PROMPT;
import static dev.cadenza.spec.TrackSpec.REFERENCE;
import static dev.cadenza.spec.TrackSpec.SEED;
import static dev.cadenza.spec.TrackSpec.TEMPO_WORD;

import dev.cadenza.music.Genre;
import dev.cadenza.music.GenreMatch;
import dev.cadenza.music.Instrument;
import dev.cadenza.music.MoodModes;
import dev.cadenza.music.Tonics;
import dev.cadenza.parse.Findings.Hit;
import dev.cadenza.parse.Findings.KeyHit;
import dev.cadenza.parse.Findings.RefHit;
import dev.cadenza.parse.Findings.Span;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.spec.TrackSpec.Correction;
import dev.cadenza.spec.TrackSpec.Key;
import dev.cadenza.spec.TrackSpec.Provenance;
import dev.cadenza.spec.TrackSpec.Reference;
import dev.cadenza.spec.TrackSpec.SectionTiming;
import dev.cadenza.spec.TrackSpec.Unparsed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Resolves what the prompt said into one value per field. The rules (docs/parse.md):
 *
 * <ol>
 *   <li>An override ({@code --set}) beats the prompt; an explicit prompt value beats what a style
 *       reference implies; a reference beats the genre's default.
 *   <li>A stated BPM is kept even outside the genre's range or against a tempo word ("fast ballad
 *       at 60 bpm"); a warning records the conflict. "174 bpm, half-time" keeps 174 and sets the
 *       feel.
 *   <li>Nothing is invented: without a number the BPM comes from a tempo word, a reference or the
 *       genre default and says so; without a key the tonic is drawn from the seed and says so.
 *   <li>Every field records its provenance.
 * </ol>
 */
final class Resolver {

  private final Lexicon lex;
  private final String prompt;
  private final Findings f;
  private final Long seedOption;
  private final Overrides o;
  private final List<Correction> corrections;
  private final List<Unparsed> unparsed;
  private final Map<String, Provenance> provenance = new LinkedHashMap<>();
  private final List<String> warnings;

  Resolver(
      Lexicon lex,
      String prompt,
      Findings found,
      Long seed,
      Overrides overrides,
      List<Correction> corrections,
      List<Unparsed> unparsed) {
    this.lex = lex;
    this.prompt = prompt;
    this.f = found;
    this.seedOption = seed;
    this.o = overrides == null ? Overrides.NONE : overrides;
    this.corrections = corrections;
    this.unparsed = unparsed;
    this.warnings = new ArrayList<>(found.warnings);
  }

  private Provenance fromPrompt(String source, Span s) {
    return new Provenance(source, prompt.substring(s.start(), s.end()), s.start(), s.end());
  }

  private static Provenance from(String source, String text) {
    return new Provenance(source, text, null, null);
  }

  private Provenance overridden(String field) {
    return from(OVERRIDE, field + "=" + o.written().get(field));
  }

  /** One provenance for a list of hits: their words joined, spanning first to last. */
  private <T> Provenance fromHits(List<Hit<T>> hits) {
    List<String> texts = new ArrayList<>();
    for (Hit<T> h : hits) {
      String t = prompt.substring(h.span().start(), h.span().end());
      if (!texts.contains(t)) {
        texts.add(t);
      }
    }
    int start = hits.stream().mapToInt(h -> h.span().start()).min().orElse(0);
    int end = hits.stream().mapToInt(h -> h.span().end()).max().orElse(0);
    return new Provenance(PROMPT, String.join(", ", texts), start, end);
  }

  /**
   * The genre the spec renders and what follows from it for the other fields.
   *
   * @param match the family, and the sub-genre a name chose
   * @param subgenre the spec's sub-genre (an override may name one the table does not know)
   * @param stated whether the prompt, an override or a reference decided the genre
   */
  private record GenreChoice(GenreMatch match, String subgenre, boolean stated) {
    Genre genre() {
      return match.genre();
    }

    double bpmLo() {
      return match.bpmRange().get(0);
    }

    double bpmHi() {
      return match.bpmRange().get(1);
    }

    /** How warnings and provenance name it: the sub-genre when there is one. */
    String label() {
      return subgenre != null ? subgenre : genre().name();
    }
  }

  /** The tempo and the range it was chosen from. */
  private record TempoChoice(double bpm, List<Double> range) {}

  TrackSpec resolve() {
    long seed = seed();
    List<Reference> references = references();
    StyleReference firstKnown = firstKnownReference();
    Genre refGenre =
        firstKnown == null ? null : lex.genres().genre(firstKnown.genre()).orElse(null);
    GenreChoice genre = genre(firstKnown, refGenre);
    TempoChoice tempo = tempo(genre, firstKnown);
    String feel = feel(genre.genre());
    double swing = swing(feel, genre.genre());
    Key key = resolveKey(seed, genre.genre());
    String timeSignature = timeSignature(genre.genre());
    Integer bars = bars();
    double duration = duration(bars, timeSignature, tempo.bpm(), genre.genre());
    List<String> moods = moods();
    double energy = energy(firstKnown, genre);
    List<String> excluded = excludedInstruments();
    List<String> instruments = instruments(excluded, firstKnown, refGenre, genre.match());
    Map<String, String> roles = instrumentRoles(instruments);
    List<String> structure = structure(genre.genre());
    boolean loopable = loopable();
    String ending = first("ending", f.endings);
    String opening = first("opening", f.openings);
    List<String> hints = productionHints();
    String era = first("era", f.eras);

    return new TrackSpec(
        Contract.TRACKSPEC.tag(),
        prompt,
        genre.genre().name(),
        genre.subgenre(),
        tempo.bpm(),
        tempo.range(),
        feel,
        key,
        timeSignature,
        bars,
        duration,
        energy,
        List.copyOf(moods),
        List.copyOf(instruments),
        List.copyOf(excluded),
        List.copyOf(references),
        List.copyOf(structure),
        seed,
        Collections.unmodifiableMap(provenance),
        List.copyOf(warnings),
        List.copyOf(unparsed),
        swing,
        loopable,
        ending,
        opening,
        List.copyOf(hints),
        era,
        List.copyOf(otherGenres(genre.match())),
        Collections.unmodifiableMap(roles),
        List.copyOf(corrections),
        sectionTimings(),
        keyChanges(key));
  }

  /** The seed: everything drawn at random downstream depends on it. */
  private long seed() {
    if (seedOption != null) {
      provenance.put("seed", from(OVERRIDE, "--seed " + seedOption));
      return seedOption;
    }
    if (o.seed() != null) {
      provenance.put("seed", overridden("seed"));
      return o.seed();
    }
    if (!f.seeds.isEmpty()) {
      provenance.put("seed", fromPrompt(PROMPT, f.seeds.get(0).span()));
      return f.seeds.get(0).value();
    }
    provenance.put("seed", from(SEED, "derived from the prompt text"));
    return derivedSeed(prompt);
  }

  /** Each style reference once; a known one carries the genre, tempo, energy and instruments. */
  private List<Reference> references() {
    List<Reference> references = new ArrayList<>();
    for (Hit<RefHit> h : f.references) {
      StyleReference k = h.value().known();
      boolean dup = references.stream().anyMatch(r -> r.name().equalsIgnoreCase(h.value().name()));
      if (dup) {
        continue;
      }
      references.add(
          k == null
              ? new Reference(
                  h.value().name(), false, null, null, null, null, h.span().start(), h.span().end())
              : new Reference(
                  k.name(),
                  true,
                  k.genre(),
                  k.bpmRange(),
                  k.energy(),
                  k.instruments(),
                  h.span().start(),
                  h.span().end()));
    }
    if (!references.isEmpty()) {
      provenance.put("references", fromHits(f.references));
    }
    return references;
  }

  /** The first reference cadenza knows: it implies genre, tempo, energy and instruments. */
  private StyleReference firstKnownReference() {
    for (Hit<RefHit> h : f.references) {
      if (h.value().known() != null) {
        return h.value().known();
      }
    }
    return null;
  }

  /** The genre: an override, else the genre the prompt names, else the reference's, else pop. */
  private GenreChoice genre(StyleReference firstKnown, Genre refGenre) {
    Hit<GenreMatch> named = namedGenre();
    if (named == null && !f.instrumentGenres.isEmpty()) {
      named = f.instrumentGenres.get(0);
    }
    GenreMatch genre;
    if (o.genre() != null) {
      genre = o.genre();
      provenance.put("genre", overridden("genre"));
    } else if (named != null) {
      genre = refinedBySubgenre(named.value());
      provenance.put("genre", fromPrompt(PROMPT, named.span()));
    } else if (refGenre != null) {
      genre = new GenreMatch(refGenre, null);
      provenance.put("genre", from(REFERENCE, firstKnown.name()));
    } else {
      genre = new GenreMatch(lex.genres().defaultGenre(), null);
      provenance.put("genre", from(GENRE_DEFAULT, genre.genre().name()));
      warnings.add("no genre named; rendering as " + genre.genre().name());
    }
    String source = provenance.get("genre").source();
    return new GenreChoice(genre, subgenre(genre, named, source), !source.equals(GENRE_DEFAULT));
  }

  /**
   * The genre the prompt names: the first that is not a modifier ("lofi", "ambient"), else the
   * first named; in "soul ballad" or "ambient techno" the last of adjacent genre words is the head
   * noun. Null when the prompt names none.
   */
  private Hit<GenreMatch> namedGenre() {
    int first = 0;
    while (first < f.genres.size() && f.genres.get(first).value().genre().modifier()) {
      first++;
    }
    if (first == f.genres.size()) {
      first = 0;
    }
    Hit<GenreMatch> chosen = f.genres.isEmpty() ? null : f.genres.get(first);
    for (int g = first + 1; chosen != null && g < f.genres.size(); g++) {
      Hit<GenreMatch> next = f.genres.get(g);
      if (!adjacent(chosen.span(), next.span())) {
        break;
      }
      if (!next.value().genre().modifier() && next.value().genre() != chosen.value().genre()) {
        chosen = next;
      }
    }
    return chosen;
  }

  /** "dnb ... liquid dnb": a later mention of a sub-genre of the same family refines it. */
  private GenreMatch refinedBySubgenre(GenreMatch genre) {
    if (genre.subgenre() == null) {
      for (Hit<GenreMatch> h : f.genres) {
        if (h.value().genre() == genre.genre() && h.value().subgenre() != null) {
          return h.value();
        }
      }
    }
    return genre;
  }

  /** The sub-genre: an override, else the one the genre's name chose, with where it was said. */
  private String subgenre(GenreMatch genre, Hit<GenreMatch> named, String genreSource) {
    String subgenre = genre.subgenre() == null ? null : genre.subgenre().name();
    if (o.subgenre() != null) {
      subgenre = o.subgenre();
      provenance.put("subgenre", overridden("subgenre"));
    } else if (subgenre != null) {
      provenance.put("subgenre", provenance.get("genre"));
      if (genreSource.equals(PROMPT) && named != null && named.value().subgenre() == null) {
        for (Hit<GenreMatch> h : f.genres) {
          if (h.value() == genre) {
            provenance.put("subgenre", fromPrompt(PROMPT, h.span()));
          }
        }
      }
    }
    return subgenre;
  }

  /** Every other genre the prompt names, once each. */
  private List<String> otherGenres(GenreMatch genre) {
    List<String> otherGenres = new ArrayList<>();
    for (Hit<GenreMatch> h : f.genres) {
      String name = h.value().genre().name();
      if (h.value().genre() != genre.genre() && !otherGenres.contains(name)) {
        otherGenres.add(name);
      }
    }
    return otherGenres;
  }

  /**
   * The tempo: an override, else a stated number, else a tempo word (within the genre's range when
   * a genre was named), else the reference's range, else the genre's default.
   */
  private TempoChoice tempo(GenreChoice genre, StyleReference firstKnown) {
    double gLo = genre.bpmLo();
    double gHi = genre.bpmHi();
    List<Double> wordRange = tempoWordRange();
    TempoChoice tempo;
    if (o.bpm() != null) {
      tempo = new TempoChoice(o.bpm(), List.of(o.bpm(), o.bpm()));
      provenance.put("bpm", overridden("bpm"));
    } else if (!f.bpms.isEmpty()) {
      tempo = statedTempo();
    } else if (wordRange != null) {
      List<Double> range =
          genre.stated()
              ? withinGenre(wordRange, f.tempoWords.get(0).value().direction(), gLo, gHi)
              : wordRange;
      tempo = new TempoChoice(Math.round((range.get(0) + range.get(1)) / 2), range);
      Provenance words = fromHits(f.tempoWords);
      provenance.put("bpm", new Provenance(TEMPO_WORD, words.text(), words.start(), words.end()));
    } else if (firstKnown != null) {
      List<Double> range =
          overlapOr(firstKnown.bpmRange(), genre.stated() ? List.of(gLo, gHi) : null);
      tempo = new TempoChoice(Math.round((range.get(0) + range.get(1)) / 2), range);
      provenance.put("bpm", from(REFERENCE, firstKnown.name()));
    } else {
      tempo = new TempoChoice(genre.match().defaultBpm(), List.of(gLo, gHi));
      provenance.put("bpm", from(GENRE_DEFAULT, genre.label()));
    }
    provenance.put("tempoRange", provenance.get("bpm"));
    warnTempoConflicts(tempo.bpm(), wordRange, genre);
    return tempo;
  }

  /** The first tempo the prompt states; any other is named in a warning. */
  private TempoChoice statedTempo() {
    Hit<Findings.Bpm> h = f.bpms.get(0);
    double bpm = h.value().bpm();
    provenance.put("bpm", fromPrompt(PROMPT, h.span()));
    for (Hit<Findings.Bpm> other : f.bpms) {
      if (other.value().bpm() != bpm) {
        warnings.add(
            "several tempos named; using " + num(bpm) + " bpm, ignoring " + quote(other.span()));
      }
    }
    return new TempoChoice(bpm, List.of(h.value().lo(), h.value().hi()));
  }

  /** A stated tempo is kept outside the genre's range or against a tempo word, with a warning. */
  private void warnTempoConflicts(double bpm, List<Double> wordRange, GenreChoice genre) {
    String bpmSource = provenance.get("bpm").source();
    if ((bpmSource.equals(PROMPT) || bpmSource.equals(OVERRIDE))
        && genre.stated()
        && (bpm < genre.bpmLo() || bpm > genre.bpmHi())) {
      warnings.add(
          num(bpm)
              + " bpm is outside the usual "
              + genre.label()
              + " range "
              + num(genre.bpmLo())
              + "-"
              + num(genre.bpmHi())
              + "; kept");
    }
    if (bpmSource.equals(PROMPT)
        && wordRange != null
        && (bpm < wordRange.get(0) || bpm > wordRange.get(1))) {
      warnings.add(
          quote(f.tempoWords.get(0).span()) + " contradicts " + num(bpm) + " bpm; the number wins");
    }
  }

  private String feel(Genre genre) {
    if (o.feel() != null) {
      provenance.put("feel", overridden("feel"));
      return o.feel();
    }
    if (!f.feels.isEmpty()) {
      provenance.put("feel", fromPrompt(PROMPT, f.feels.get(0).span()));
      return f.feels.get(0).value();
    }
    provenance.put("feel", from(GENRE_DEFAULT, genre.name()));
    return genre.feel();
  }

  /** The genre's swing, unless the feel asks for swing or, said outright, for straight time. */
  private double swing(String feel, Genre genre) {
    double swing = genre.swing();
    if (feel.equals("swing")) {
      swing = Math.max(swing, 0.6);
      provenance.put("swing", provenance.get("feel"));
    } else if (feel.equals("straight") && !provenance.get("feel").source().equals(GENRE_DEFAULT)) {
      swing = 0;
      provenance.put("swing", provenance.get("feel"));
    } else {
      provenance.put("swing", from(GENRE_DEFAULT, genre.name()));
    }
    return swing;
  }

  private String timeSignature(Genre genre) {
    if (o.timeSignature() != null) {
      provenance.put("timeSignature", overridden("timeSignature"));
      return o.timeSignature();
    }
    if (!f.meters.isEmpty()) {
      provenance.put("timeSignature", fromPrompt(PROMPT, f.meters.get(0).span()));
      return f.meters.get(0).value();
    }
    provenance.put("timeSignature", from(GENRE_DEFAULT, genre.name()));
    return genre.timeSignature();
  }

  /** The bars the prompt counts, or null when it counts none. */
  private Integer bars() {
    if (o.bars() != null) {
      provenance.put("bars", overridden("bars"));
      return o.bars();
    }
    if (!f.bars.isEmpty()) {
      provenance.put("bars", fromPrompt(PROMPT, f.bars.get(0).span()));
      return f.bars.get(0).value();
    }
    return null;
  }

  /**
   * The length: an override, else what the counted bars last at the tempo, else a stated length,
   * else a length word ("short"), else the genre's.
   */
  private double duration(Integer bars, String timeSignature, double bpm, Genre genre) {
    if (o.durationSeconds() != null) {
      provenance.put("durationSeconds", overridden("durationSeconds"));
      if (bars != null) {
        warnings.add("duration set explicitly; " + bars + " bars do not decide the length");
      }
      return o.durationSeconds();
    }
    if (bars != null) {
      provenance.put("durationSeconds", provenance.get("bars"));
      if (!f.durations.isEmpty()) {
        warnings.add(
            quote(f.durations.get(0).span())
                + " ignored: the length follows from "
                + bars
                + " bars at "
                + num(bpm)
                + " bpm");
      }
      return bars * beatsPerBar(timeSignature) * 60.0 / bpm;
    }
    if (!f.durations.isEmpty()) {
      provenance.put("durationSeconds", fromPrompt(PROMPT, f.durations.get(0).span()));
      return f.durations.get(0).value();
    }
    if (!f.durationWords.isEmpty()) {
      provenance.put("durationSeconds", fromPrompt(PROMPT, f.durationWords.get(0).span()));
      return f.durationWords.get(0).value();
    }
    provenance.put("durationSeconds", from(GENRE_DEFAULT, genre.name()));
    return genre.durationSeconds();
  }

  private List<String> moods() {
    List<String> moods = new ArrayList<>();
    for (Hit<Meaning.Mood> h : f.moods) {
      if (!moods.contains(h.value().name())) {
        moods.add(h.value().name());
      }
    }
    if (o.moods() != null) {
      provenance.put("moods", overridden("moods"));
      return new ArrayList<>(o.moods());
    }
    if (!moods.isEmpty()) {
      provenance.put("moods", fromHits(f.moods));
    }
    return moods;
  }

  /**
   * The energy: an override, else the average of energy words, else of moods that carry one, else
   * the reference's, else the genre's; rounded to 0.001 within 0..1.
   */
  private double energy(StyleReference firstKnown, GenreChoice genre) {
    double energy;
    List<Hit<Meaning.Mood>> energeticMoods =
        f.moods.stream().filter(h -> h.value().energy() != null).toList();
    if (o.energy() != null) {
      energy = o.energy();
      provenance.put("energy", overridden("energy"));
    } else if (!f.energies.isEmpty()) {
      energy = f.energies.stream().mapToDouble(Hit::value).average().orElseThrow();
      provenance.put("energy", fromHits(f.energies));
    } else if (!energeticMoods.isEmpty()) {
      energy = energeticMoods.stream().mapToDouble(h -> h.value().energy()).average().orElseThrow();
      provenance.put("energy", fromHits(energeticMoods));
    } else if (firstKnown != null) {
      energy = firstKnown.energy();
      provenance.put("energy", from(REFERENCE, firstKnown.name()));
    } else {
      energy = genre.match().energy();
      provenance.put("energy", from(GENRE_DEFAULT, genre.label()));
    }
    return Math.max(0, Math.min(1, Math.round(energy * 1000) / 1000.0));
  }

  private List<String> excludedInstruments() {
    List<String> excluded = new ArrayList<>();
    if (o.excludedInstruments() != null) {
      excluded.addAll(o.excludedInstruments());
      provenance.put("excludedInstruments", overridden("excludedInstruments"));
      return excluded;
    }
    for (Hit<Instrument> h : f.excluded) {
      if (!excluded.contains(h.value().name())) {
        excluded.add(h.value().name());
      }
    }
    if (!excluded.isEmpty()) {
      provenance.put("excludedInstruments", fromHits(f.excluded));
    }
    return excluded;
  }

  /**
   * The wanted instruments (an override, else the prompt's, else the reference's when it agrees on
   * the genre, else the genre's), without the excluded ones: those never appear among the wanted.
   */
  private List<String> instruments(
      List<String> excluded, StyleReference firstKnown, Genre refGenre, GenreMatch genre) {
    List<String> instruments = new ArrayList<>();
    if (o.instruments() != null) {
      instruments.addAll(o.instruments());
      provenance.put("instruments", overridden("instruments"));
    } else if (!f.instruments.isEmpty()) {
      for (Hit<Instrument> h : f.instruments) {
        if (!instruments.contains(h.value().name())) {
          instruments.add(h.value().name());
        }
      }
      provenance.put("instruments", fromHits(f.instruments));
    } else if (firstKnown != null && refGenreAgrees(genre, refGenre)) {
      instruments.addAll(firstKnown.instruments());
      provenance.put("instruments", from(REFERENCE, firstKnown.name()));
    } else {
      instruments.addAll(genre.genre().allInstruments());
      provenance.put("instruments", from(GENRE_DEFAULT, genre.genre().name()));
    }
    boolean fromPromptList =
        provenance.get("instruments").source().equals(PROMPT)
            || provenance.get("instruments").source().equals(OVERRIDE);
    List<String> kept = new ArrayList<>();
    for (String name : instruments) {
      if (isExcluded(name, excluded)) {
        if (fromPromptList) {
          warnings.add(name + " is both wanted and excluded; excluded");
        }
      } else {
        kept.add(name);
      }
    }
    return kept;
  }

  /** The role of each wanted instrument the instrument table knows. */
  private Map<String, String> instrumentRoles(List<String> instruments) {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String name : instruments) {
      lex.instrument(name).ifPresent(inst -> roles.put(name, inst.role()));
    }
    return roles;
  }

  /**
   * The sections: an override, else the prompt's (repeats in a row once), else the genre's form.
   */
  private List<String> structure(Genre genre) {
    List<String> structure = new ArrayList<>();
    if (o.structure() != null) {
      structure.addAll(o.structure());
      provenance.put("structure", overridden("structure"));
    } else if (!f.sections.isEmpty()) {
      for (Hit<String> h : f.sections) {
        if (structure.isEmpty() || !structure.get(structure.size() - 1).equals(h.value())) {
          structure.add(h.value());
        }
      }
      provenance.put("structure", fromHits(f.sections));
    } else {
      structure.addAll(genre.form());
      provenance.put("structure", from(GENRE_DEFAULT, genre.name()));
    }
    return withTimedSections(structure);
  }

  /**
   * The structure with every section the prompt times in it: a timed section the form lacks is
   * added where such a section goes (an intro first, an outro last, anything else before the
   * closing section).
   */
  private List<String> withTimedSections(List<String> structure) {
    for (Hit<SectionTiming> h : f.sectionTimings) {
      String label = h.value().label();
      if (structure.contains(label)) {
        continue;
      }
      int at =
          label.equals("intro")
              ? 0
              : label.equals("outro") || structure.size() < 2
                  ? structure.size()
                  : structure.size() - 1;
      structure.add(at, label);
      warnings.add("added a section \"" + label + "\" to the form, as the prompt times one");
    }
    return structure;
  }

  /**
   * The changes of key the prompt asks for; a new key named without its mode keeps the track's
   * mode, a mode named without a tonic ("modulates to minor") keeps the track's tonic.
   */
  private List<TrackSpec.KeyChange> keyChanges(Key home) {
    List<TrackSpec.KeyChange> out = new ArrayList<>();
    for (KeyChanges.Found c : f.keyChanges) {
      Key to = null;
      if (c.key() != null) {
        String tonic = c.key().tonic() != null ? c.key().tonic() : home.tonic();
        to = new Key(tonic, c.key().modeStated() ? c.key().mode() : home.mode());
      }
      out.add(new TrackSpec.KeyChange(c.section(), c.startSeconds(), to, c.semitones()));
    }
    if (!out.isEmpty()) {
      Findings.Span first = f.keyChanges.get(0).span();
      provenance.put("keyChanges", fromPrompt(PROMPT, first));
    }
    return List.copyOf(out);
  }

  /** Where and how long the prompt asks sections to be, in the order it names them. */
  private List<SectionTiming> sectionTimings() {
    List<SectionTiming> out = new ArrayList<>();
    f.sectionTimings.forEach(h -> out.add(h.value()));
    if (!out.isEmpty()) {
      provenance.put("sectionTimings", fromHits(f.sectionTimings));
    }
    return List.copyOf(out);
  }

  private boolean loopable() {
    boolean loopable = !f.loops.isEmpty();
    if (loopable) {
      provenance.put("loopable", fromHits(f.loops));
    }
    return loopable;
  }

  /** The first value the prompt gave {@code field}, recorded as its provenance; or null. */
  private String first(String field, List<Hit<String>> hits) {
    if (hits.isEmpty()) {
      return null;
    }
    provenance.put(field, fromPrompt(PROMPT, hits.get(0).span()));
    return hits.get(0).value();
  }

  private List<String> productionHints() {
    List<String> hints = new ArrayList<>();
    if (o.productionHints() != null) {
      hints.addAll(o.productionHints());
      provenance.put("productionHints", overridden("productionHints"));
      return hints;
    }
    for (Hit<String> h : f.productionHints) {
      if (!hints.contains(h.value())) {
        hints.add(h.value());
      }
    }
    if (!hints.isEmpty()) {
      provenance.put("productionHints", fromHits(f.productionHints));
    }
    return hints;
  }

  /** Whether only spaces or hyphens separate two spans. */
  private boolean adjacent(Span a, Span b) {
    if (b.start() < a.end()) {
      return false;
    }
    for (int i = a.end(); i < b.start(); i++) {
      char c = prompt.charAt(i);
      if (c != ' ' && c != '-' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private boolean refGenreAgrees(GenreMatch genre, Genre refGenre) {
    return refGenre == null || refGenre == genre.genre();
  }

  /** "no vocals" removes every vocal part; "no piano" removes the piano only. */
  private boolean isExcluded(String name, List<String> excluded) {
    if (excluded.contains(name)) {
      return true;
    }
    Instrument inst = lex.instrument(name).orElse(null);
    if (inst == null) {
      return false;
    }
    for (String e : excluded) {
      Instrument ex = lex.instrument(e).orElse(null);
      if (ex != null && ex.isWholeRole() && ex.role().equals(inst.role())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key the prompt names: the first with a tonic (others are named in a warning), and the first
   * mode named without one ("mixolydian rock jam in D").
   */
  private record NamedKey(Hit<KeyHit> withTonic, Hit<KeyHit> modeOnly) {}

  private NamedKey namedKey() {
    Hit<KeyHit> withTonic = null;
    Hit<KeyHit> modeOnly = null;
    for (Hit<KeyHit> h : f.keys) {
      if (h.value().tonic() != null) {
        if (withTonic == null) {
          withTonic = h;
        } else if (!h.value().equals(withTonic.value())) {
          warnings.add(
              "several keys named; using "
                  + withTonic.value().tonic()
                  + " "
                  + withTonic.value().mode()
                  + ", ignoring "
                  + quote(h.span()));
        }
      } else if (modeOnly == null) {
        modeOnly = h;
      }
    }
    return new NamedKey(withTonic, modeOnly);
  }

  /**
   * Tonic and mode together: an override, else the key the prompt names; a mode alone keeps the
   * mode and draws the tonic from the seed, as does a prompt that names no key.
   */
  private Key resolveKey(long seed, Genre genre) {
    NamedKey named = namedKey();
    if (o.key() != null) {
      Key k = o.key();
      String mode = o.mode() != null ? o.mode() : k.mode();
      provenance.put("key", overridden("key"));
      return new Key(k.tonic(), mode);
    }
    if (named.withTonic() != null) {
      KeyHit withTonic = named.withTonic().value();
      provenance.put("key", fromPrompt(PROMPT, named.withTonic().span()));
      if (o.mode() != null) {
        provenance.put("mode", overridden("mode"));
        return new Key(withTonic.tonic(), o.mode());
      }
      if (!withTonic.modeStated() && named.modeOnly() != null) {
        provenance.put("mode", fromPrompt(PROMPT, named.modeOnly().span()));
        return new Key(withTonic.tonic(), named.modeOnly().value().mode());
      }
      return new Key(withTonic.tonic(), withTonic.mode());
    }
    return drawnKey(seed, genre, named.modeOnly());
  }

  /** A tonic drawn by the seed, in the mode the prompt or an override names, else the genre's. */
  private Key drawnKey(long seed, Genre genre, Hit<KeyHit> modeOnly) {
    String drawn = Tonics.usual(new SplittableRandom(seed).nextInt(12));
    provenance.put("key", from(SEED, "tonic drawn by seed"));
    if (o.mode() != null) {
      provenance.put("mode", overridden("mode"));
      return new Key(drawn, o.mode());
    }
    if (modeOnly != null) {
      provenance.put("mode", fromPrompt(PROMPT, modeOnly.span()));
      return new Key(drawn, modeOnly.value().mode());
    }
    String mode = moodMode(genre);
    if (mode == null) {
      provenance.put("mode", from(GENRE_DEFAULT, genre.name()));
      return new Key(drawn, genre.mode());
    }
    return new Key(drawn, mode);
  }

  /**
   * The mode the moods ask for when it differs from the genre's ("dark pop" minor, "happy techno"
   * major), with the mood words as its provenance; null when the moods leave the genre's mode.
   */
  private String moodMode(Genre genre) {
    List<String> names = new ArrayList<>();
    List<Hit<Meaning.Mood>> hits = new ArrayList<>();
    if (o.moods() != null) {
      names.addAll(o.moods());
    } else {
      for (Hit<Meaning.Mood> h : f.moods) {
        names.add(h.value().name());
        hits.add(h);
      }
    }
    MoodModes table = MoodModes.table();
    String mode = table.mode(names, genre.mode());
    if (mode.equals(genre.mode())) {
      return null;
    }
    List<String> deciding = table.deciding(names);
    if (o.moods() != null) {
      provenance.put("mode", overridden("moods"));
    } else {
      provenance.put(
          "mode",
          fromHits(hits.stream().filter(h -> deciding.contains(h.value().name())).toList()));
    }
    return mode;
  }

  /** The union of every tempo word's range ("medium to fast" spans both), or null. */
  private List<Double> tempoWordRange() {
    if (f.tempoWords.isEmpty()) {
      return null;
    }
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (Hit<Meaning.TempoWord> h : f.tempoWords) {
      lo = Math.min(lo, h.value().range().get(0));
      hi = Math.max(hi, h.value().range().get(1));
    }
    return List.of(lo, hi);
  }

  /**
   * A tempo word inside a genre: where the word's absolute range overlaps the genre's, the overlap;
   * otherwise the word is relative ("slow drum and bass" is the low third of drum and bass).
   */
  static List<Double> withinGenre(List<Double> word, int direction, double gLo, double gHi) {
    double lo = Math.max(word.get(0), gLo);
    double hi = Math.min(word.get(1), gHi);
    if (lo <= hi) {
      return List.of(lo, hi);
    }
    double third = (gHi - gLo) / 3;
    return switch (Integer.signum(direction)) {
      case -1 -> List.of(gLo, gLo + third);
      case 1 -> List.of(gHi - third, gHi);
      default -> List.of(gLo + third, gHi - third);
    };
  }

  private static List<Double> overlapOr(List<Double> range, List<Double> other) {
    if (other == null) {
      return range;
    }
    double lo = Math.max(range.get(0), other.get(0));
    double hi = Math.min(range.get(1), other.get(1));
    return lo <= hi ? List.of(lo, hi) : range;
  }

  /**
   * Beats per bar at the tempo the BPM counts: quarter notes for x/4, half notes doubled for x/2;
   * compound meters (6/8, 9/8, 12/8) count dotted quarters, other x/8 meters count quarters.
   */
  static double beatsPerBar(String timeSignature) {
    int[] f = Numbers.fraction(timeSignature);
    if (f == null) {
      return 4;
    }
    int num = f[0];
    int den = f[1];
    if (den == 8 && num % 3 == 0 && num > 3) {
      return num / 3.0;
    }
    return num * 4.0 / den;
  }

  /**
   * FNV-1a over the UTF-16 units of the prompt without surrounding whitespace, each lower-cased, so
   * "Techno" and "techno " share a seed; folded to a non-negative 31-bit number.
   */
  static long derivedSeed(String prompt) {
    int from = 0;
    int to = prompt.length();
    while (from < to && Character.isWhitespace(prompt.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(prompt.charAt(to - 1))) {
      to--;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= Character.toLowerCase(prompt.charAt(i));
      h *= 0x100000001b3L;
    }
    return (h ^ (h >>> 31)) & 0x7fffffffL;
  }

  private String quote(Span s) {
    return "\"" + prompt.substring(s.start(), s.end()) + "\"";
  }

  static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
