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

  TrackSpec resolve() {
    // ---- seed: everything drawn at random downstream depends on it
    long seed;
    if (seedOption != null) {
      seed = seedOption;
      provenance.put("seed", from(OVERRIDE, "--seed " + seedOption));
    } else if (o.seed() != null) {
      seed = o.seed();
      provenance.put("seed", overridden("seed"));
    } else if (!f.seeds.isEmpty()) {
      seed = f.seeds.get(0).value();
      provenance.put("seed", fromPrompt(PROMPT, f.seeds.get(0).span()));
    } else {
      seed = derivedSeed(prompt);
      provenance.put("seed", from(SEED, "derived from the prompt text"));
    }

    // ---- references (known ones imply genre, tempo, energy, instruments)
    List<Reference> references = new ArrayList<>();
    StyleReference firstKnown = null;
    for (Hit<RefHit> h : f.references) {
      StyleReference k = h.value().known();
      if (k != null && firstKnown == null) {
        firstKnown = k;
      }
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
    Genre refGenre =
        firstKnown == null ? null : lex.genres().genre(firstKnown.genre()).orElse(null);

    // ---- genre: first genre that is not a modifier ("lofi", "ambient"), else the first named
    GenreMatch genre;
    String genreSource;
    List<String> otherGenres = new ArrayList<>();
    Hit<GenreMatch> chosen = null;
    for (Hit<GenreMatch> h : f.genres) {
      if (!h.value().genre().modifier()) {
        chosen = h;
        break;
      }
    }
    if (chosen == null && !f.genres.isEmpty()) {
      chosen = f.genres.get(0);
    }
    // In "soul ballad" or "ambient techno" the last of adjacent genre words is the head noun.
    for (int g = f.genres.indexOf(chosen) + 1; chosen != null && g < f.genres.size(); g++) {
      Hit<GenreMatch> next = f.genres.get(g);
      if (!adjacent(chosen.span(), next.span())) {
        break;
      }
      if (!next.value().genre().modifier() && next.value().genre() != chosen.value().genre()) {
        chosen = next;
      }
    }
    if (o.genre() != null) {
      genre = o.genre();
      genreSource = OVERRIDE;
      provenance.put("genre", overridden("genre"));
    } else if (chosen != null) {
      genre = chosen.value();
      genreSource = PROMPT;
      // "dnb ... liquid dnb": a later mention of a sub-genre of the same family refines it
      if (genre.subgenre() == null) {
        for (Hit<GenreMatch> h : f.genres) {
          if (h.value().genre() == genre.genre() && h.value().subgenre() != null) {
            genre = h.value();
            break;
          }
        }
      }
      provenance.put("genre", fromPrompt(PROMPT, chosen.span()));
    } else if (refGenre != null) {
      genre = new GenreMatch(refGenre, null);
      genreSource = REFERENCE;
      provenance.put("genre", from(REFERENCE, firstKnown.name()));
    } else {
      genre = new GenreMatch(lex.genres().defaultGenre(), null);
      genreSource = GENRE_DEFAULT;
      provenance.put("genre", from(GENRE_DEFAULT, genre.genre().name()));
      warnings.add("no genre named; rendering as " + genre.genre().name());
    }
    for (Hit<GenreMatch> h : f.genres) {
      String name = h.value().genre().name();
      if (h.value().genre() != genre.genre() && !otherGenres.contains(name)) {
        otherGenres.add(name);
      }
    }
    String subgenre = genre.subgenre() == null ? null : genre.subgenre().name();
    if (o.subgenre() != null) {
      subgenre = o.subgenre();
      provenance.put("subgenre", overridden("subgenre"));
    } else if (subgenre != null) {
      provenance.put("subgenre", provenance.get("genre"));
      if (genreSource.equals(PROMPT) && chosen != null && chosen.value().subgenre() == null) {
        for (Hit<GenreMatch> h : f.genres) {
          if (h.value() == genre) {
            provenance.put("subgenre", fromPrompt(PROMPT, h.span()));
          }
        }
      }
    }
    boolean genreStated = !genreSource.equals(GENRE_DEFAULT);
    double gLo = genre.bpmRange().get(0);
    double gHi = genre.bpmRange().get(1);
    String genreLabel = subgenre != null ? subgenre : genre.genre().name();

    // ---- tempo
    double bpm;
    List<Double> tempoRange;
    List<Double> wordRange = tempoWordRange();
    if (o.bpm() != null) {
      bpm = o.bpm();
      tempoRange = List.of(bpm, bpm);
      provenance.put("bpm", overridden("bpm"));
    } else if (!f.bpms.isEmpty()) {
      Hit<Findings.Bpm> h = f.bpms.get(0);
      bpm = h.value().bpm();
      tempoRange = List.of(h.value().lo(), h.value().hi());
      provenance.put("bpm", fromPrompt(PROMPT, h.span()));
      for (Hit<Findings.Bpm> other : f.bpms) {
        if (other.value().bpm() != bpm) {
          warnings.add(
              "several tempos named; using " + num(bpm) + " bpm, ignoring " + quote(other.span()));
        }
      }
    } else if (wordRange != null) {
      tempoRange =
          genreStated
              ? withinGenre(wordRange, f.tempoWords.get(0).value().direction(), gLo, gHi)
              : wordRange;
      bpm = Math.round((tempoRange.get(0) + tempoRange.get(1)) / 2);
      Provenance words = fromHits(f.tempoWords);
      provenance.put("bpm", new Provenance(TEMPO_WORD, words.text(), words.start(), words.end()));
    } else if (firstKnown != null) {
      tempoRange = overlapOr(firstKnown.bpmRange(), genreStated ? List.of(gLo, gHi) : null);
      bpm = Math.round((tempoRange.get(0) + tempoRange.get(1)) / 2);
      provenance.put("bpm", from(REFERENCE, firstKnown.name()));
    } else {
      tempoRange = List.of(gLo, gHi);
      bpm = genre.defaultBpm();
      provenance.put("bpm", from(GENRE_DEFAULT, genreLabel));
    }
    provenance.put("tempoRange", provenance.get("bpm"));
    String bpmSource = provenance.get("bpm").source();
    if ((bpmSource.equals(PROMPT) || bpmSource.equals(OVERRIDE))
        && genreStated
        && (bpm < gLo || bpm > gHi)) {
      warnings.add(
          num(bpm)
              + " bpm is outside the usual "
              + genreLabel
              + " range "
              + num(gLo)
              + "-"
              + num(gHi)
              + "; kept");
    }
    if (bpmSource.equals(PROMPT)
        && wordRange != null
        && (bpm < wordRange.get(0) || bpm > wordRange.get(1))) {
      warnings.add(
          quote(f.tempoWords.get(0).span()) + " contradicts " + num(bpm) + " bpm; the number wins");
    }

    // ---- feel and swing
    String feel;
    if (o.feel() != null) {
      feel = o.feel();
      provenance.put("feel", overridden("feel"));
    } else if (!f.feels.isEmpty()) {
      feel = f.feels.get(0).value();
      provenance.put("feel", fromPrompt(PROMPT, f.feels.get(0).span()));
    } else {
      feel = genre.genre().feel();
      provenance.put("feel", from(GENRE_DEFAULT, genre.genre().name()));
    }
    double swing = genre.genre().swing();
    if (feel.equals("swing")) {
      swing = Math.max(swing, 0.6);
      provenance.put("swing", provenance.get("feel"));
    } else if (feel.equals("straight") && !provenance.get("feel").source().equals(GENRE_DEFAULT)) {
      swing = 0;
      provenance.put("swing", provenance.get("feel"));
    } else {
      provenance.put("swing", from(GENRE_DEFAULT, genre.genre().name()));
    }

    // ---- key: tonic and mode together; a mode alone keeps the mode and draws the tonic
    Key key = resolveKey(seed, genre.genre());

    // ---- time signature, bars, duration
    String timeSignature;
    if (o.timeSignature() != null) {
      timeSignature = o.timeSignature();
      provenance.put("timeSignature", overridden("timeSignature"));
    } else if (!f.meters.isEmpty()) {
      timeSignature = f.meters.get(0).value();
      provenance.put("timeSignature", fromPrompt(PROMPT, f.meters.get(0).span()));
    } else {
      timeSignature = genre.genre().timeSignature();
      provenance.put("timeSignature", from(GENRE_DEFAULT, genre.genre().name()));
    }
    Integer bars = null;
    if (o.bars() != null) {
      bars = o.bars();
      provenance.put("bars", overridden("bars"));
    } else if (!f.bars.isEmpty()) {
      bars = f.bars.get(0).value();
      provenance.put("bars", fromPrompt(PROMPT, f.bars.get(0).span()));
    }
    double duration;
    if (o.durationSeconds() != null) {
      duration = o.durationSeconds();
      provenance.put("durationSeconds", overridden("durationSeconds"));
      if (bars != null) {
        warnings.add("duration set explicitly; " + bars + " bars do not decide the length");
      }
    } else if (bars != null) {
      duration = bars * beatsPerBar(timeSignature) * 60.0 / bpm;
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
    } else if (!f.durations.isEmpty()) {
      duration = f.durations.get(0).value();
      provenance.put("durationSeconds", fromPrompt(PROMPT, f.durations.get(0).span()));
    } else if (!f.durationWords.isEmpty()) {
      duration = f.durationWords.get(0).value();
      provenance.put("durationSeconds", fromPrompt(PROMPT, f.durationWords.get(0).span()));
    } else {
      duration = genre.genre().durationSeconds();
      provenance.put("durationSeconds", from(GENRE_DEFAULT, genre.genre().name()));
    }

    // ---- energy and moods
    List<String> moods = new ArrayList<>();
    for (Hit<Meaning.Mood> h : f.moods) {
      if (!moods.contains(h.value().name())) {
        moods.add(h.value().name());
      }
    }
    if (o.moods() != null) {
      moods = new ArrayList<>(o.moods());
      provenance.put("moods", overridden("moods"));
    } else if (!moods.isEmpty()) {
      provenance.put("moods", fromHits(f.moods));
    }
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
      energy = genre.energy();
      provenance.put("energy", from(GENRE_DEFAULT, genreLabel));
    }
    energy = Math.max(0, Math.min(1, Math.round(energy * 1000) / 1000.0));

    // ---- instruments: excluded ones never appear among the wanted
    List<String> excluded = new ArrayList<>();
    if (o.excludedInstruments() != null) {
      excluded.addAll(o.excludedInstruments());
      provenance.put("excludedInstruments", overridden("excludedInstruments"));
    } else {
      for (Hit<Instrument> h : f.excluded) {
        if (!excluded.contains(h.value().name())) {
          excluded.add(h.value().name());
        }
      }
      if (!excluded.isEmpty()) {
        provenance.put("excludedInstruments", fromHits(f.excluded));
      }
    }
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
    instruments = kept;
    Map<String, String> roles = new LinkedHashMap<>();
    for (String name : instruments) {
      lex.instrument(name).ifPresent(inst -> roles.put(name, inst.role()));
    }

    // ---- structure
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
      structure.addAll(genre.genre().form());
      provenance.put("structure", from(GENRE_DEFAULT, genre.genre().name()));
    }
    boolean loopable = !f.loops.isEmpty();
    if (loopable) {
      provenance.put("loopable", fromHits(f.loops));
    }
    String ending = f.endings.isEmpty() ? null : f.endings.get(0).value();
    if (ending != null) {
      provenance.put("ending", fromPrompt(PROMPT, f.endings.get(0).span()));
    }
    String opening = f.openings.isEmpty() ? null : f.openings.get(0).value();
    if (opening != null) {
      provenance.put("opening", fromPrompt(PROMPT, f.openings.get(0).span()));
    }

    // ---- production hints, era
    List<String> hints = new ArrayList<>();
    if (o.productionHints() != null) {
      hints.addAll(o.productionHints());
      provenance.put("productionHints", overridden("productionHints"));
    } else {
      for (Hit<String> h : f.productionHints) {
        if (!hints.contains(h.value())) {
          hints.add(h.value());
        }
      }
      if (!hints.isEmpty()) {
        provenance.put("productionHints", fromHits(f.productionHints));
      }
    }
    String era = f.eras.isEmpty() ? null : f.eras.get(0).value();
    if (era != null) {
      provenance.put("era", fromPrompt(PROMPT, f.eras.get(0).span()));
    }

    return new TrackSpec(
        Contract.TRACKSPEC.tag(),
        prompt,
        genre.genre().name(),
        subgenre,
        bpm,
        tempoRange,
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
        List.copyOf(otherGenres),
        Collections.unmodifiableMap(roles),
        List.copyOf(corrections));
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

  private Key resolveKey(long seed, Genre genre) {
    KeyHit withTonic = null;
    Span tonicSpan = null;
    KeyHit modeOnly = null;
    Span modeSpan = null;
    for (Hit<KeyHit> h : f.keys) {
      if (h.value().tonic() != null) {
        if (withTonic == null) {
          withTonic = h.value();
          tonicSpan = h.span();
        } else if (!h.value().equals(withTonic)) {
          warnings.add(
              "several keys named; using "
                  + withTonic.tonic()
                  + " "
                  + withTonic.mode()
                  + ", ignoring "
                  + quote(h.span()));
        }
      } else if (modeOnly == null) {
        modeOnly = h.value();
        modeSpan = h.span();
      }
    }
    String drawn = Tonics.usual(new SplittableRandom(seed).nextInt(12));
    if (o.key() != null) {
      Key k = o.key();
      String mode = o.mode() != null ? o.mode() : k.mode();
      provenance.put("key", overridden("key"));
      return new Key(k.tonic(), mode);
    }
    if (withTonic != null) {
      provenance.put("key", fromPrompt(PROMPT, tonicSpan));
      if (o.mode() != null) {
        provenance.put("mode", overridden("mode"));
        return new Key(withTonic.tonic(), o.mode());
      }
      if (!withTonic.modeStated() && modeOnly != null) {
        // "mixolydian rock jam in D": the tonic and the mode were named apart
        provenance.put("mode", fromPrompt(PROMPT, modeSpan));
        return new Key(withTonic.tonic(), modeOnly.mode());
      }
      return new Key(withTonic.tonic(), withTonic.mode());
    }
    provenance.put("key", from(SEED, "tonic drawn by seed"));
    if (o.mode() != null) {
      provenance.put("mode", overridden("mode"));
      return new Key(drawn, o.mode());
    }
    if (modeOnly != null) {
      provenance.put("mode", fromPrompt(PROMPT, modeSpan));
      return new Key(drawn, modeOnly.mode());
    }
    provenance.put("mode", from(GENRE_DEFAULT, genre.name()));
    return new Key(drawn, genre.mode());
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
