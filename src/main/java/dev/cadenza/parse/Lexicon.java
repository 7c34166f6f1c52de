package dev.cadenza.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.music.GenreTable;
import dev.cadenza.music.Instrument;
import dev.cadenza.music.InstrumentTable;
import dev.cadenza.music.NameKey;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words cadenza understands, loaded from {@code lexicon/*.json} and the genre and instrument
 * tables of {@link dev.cadenza.music}: phrases (as space-joined word norms) with their meanings,
 * the trigger words of exclusions and style references, and the words that carry no information
 * ("the", "track").
 */
public final class Lexicon {

  private static final String BASE = "/dev/cadenza/lexicon/";

  private final GenreTable genres;
  private final InstrumentTable instruments;
  private final List<StyleReference> references;
  private final Map<String, List<Meaning>> phrases = new HashMap<>();
  private final Map<String, StyleReference> referenceNames = new HashMap<>();
  final PhraseTrie<List<Meaning>> phraseTrie = new PhraseTrie<>();
  final PhraseTrie<StyleReference> referenceTrie = new PhraseTrie<>();
  final PhraseTrie<String> exclusionTrie = new PhraseTrie<>();
  final PhraseTrie<String> referenceTriggerTrie = new PhraseTrie<>();
  final Set<String> functionWords = new HashSet<>();
  final Set<String> trackNouns = new HashSet<>();
  final Set<String> exclusionTriggers = new HashSet<>();
  final Set<String> referenceTriggers = new HashSet<>();
  final Set<String> referenceSuffixes = new HashSet<>();
  final Map<String, Double> numberWords = new HashMap<>();
  final Set<String> knownWords = new HashSet<>();
  final Set<String> correctable = new HashSet<>();

  /** The correctable words that name only a genre, never an instrument. */
  final Set<String> genreWords = new HashSet<>();

  /** Genre names that are also everyday nouns ("garage", "jungle"): a genre only in context. */
  final Set<String> ambiguousGenreWords = new HashSet<>();

  /** Words that make the next word a thing ("a", "the", "my"): "in a garage" is a room. */
  final Set<String> determiners = new HashSet<>();

  private Lexicon(GenreTable genres, InstrumentTable instruments) {
    this.genres = genres;
    this.instruments = instruments;
    this.references = new ArrayList<>();
  }

  /** The lexicon shipped with cadenza. */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Lexicon STANDARD = load(GenreTable.standard(), InstrumentTable.standard());
  }

  static Lexicon load(GenreTable genres, InstrumentTable instruments) {
    Lexicon lex = new Lexicon(genres, instruments);
    try {
      lex.loadGenres();
      lex.loadInstruments();
      lex.loadReferences(read("references.json"));
      lex.loadWords(read("words.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicon", e);
    }
    lex.collectKnownWords();
    return lex;
  }

  private static JsonNode read(String name) throws IOException {
    try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + name);
      }
      return Json.readTree(in);
    }
  }

  public GenreTable genres() {
    return genres;
  }

  public InstrumentTable instruments() {
    return instruments;
  }

  /** The instrument of a canonical name, from the instrument table. */
  public Optional<Instrument> instrument(String canonicalName) {
    return instruments.instrument(canonicalName);
  }

  public List<StyleReference> references() {
    return Collections.unmodifiableList(references);
  }

  /** Finds a known style reference by name or alias, ignoring case and punctuation. */
  public Optional<StyleReference> reference(String name) {
    return Optional.ofNullable(referenceNames.get(NameKey.of(name)));
  }

  /** The instrument a name or synonym stands for ("rhodes" → electric piano), or null. */
  public Instrument findInstrument(String name) {
    List<Meaning> m = phrases.get(NameKey.of(name));
    if (m != null) {
      for (Meaning meaning : m) {
        if (meaning instanceof Meaning.InstrumentName in) {
          return in.instrument();
        }
      }
    }
    return null;
  }

  List<Meaning> meanings(String phraseKey) {
    return phrases.get(phraseKey);
  }

  StyleReference referenceByKey(String phraseKey) {
    return referenceNames.get(phraseKey);
  }

  private void add(String phrase, Meaning meaning) {
    String key = NameKey.of(phrase);
    if (key.isEmpty()) {
      return;
    }
    List<Meaning> list = phrases.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(meaning)) {
      list.add(meaning);
    }
    phraseTrie.put(key, old -> list);
  }

  private void loadGenres() {
    genres.names().forEach((name, match) -> add(name, new Meaning.GenreName(match)));
  }

  private void loadInstruments() {
    // Explicit names first, then generated plurals, so a plural never shadows another entry.
    for (Instrument inst : instruments.instruments()) {
      add(inst.name(), new Meaning.InstrumentName(inst));
      inst.synonyms().forEach(s -> add(s, new Meaning.InstrumentName(inst)));
    }
    for (Instrument inst : instruments.instruments()) {
      List<String> names = new ArrayList<>(inst.synonyms());
      names.add(inst.name());
      for (String n : names) {
        if (!n.endsWith("s") && Character.isLetter(n.charAt(n.length() - 1))) {
          String plural = NameKey.of(n + "s");
          if (!phrases.containsKey(plural)) {
            add(plural, new Meaning.InstrumentName(inst));
          }
        }
      }
    }
  }

  private void loadReferences(JsonNode root) throws IOException {
    for (JsonNode node : root.get("references")) {
      StyleReference ref = JsonFields.reference(node);
      references.add(ref);
      List<String> names = new ArrayList<>(ref.aliases());
      names.add(ref.name());
      for (String n : names) {
        String key = NameKey.of(n);
        if (referenceNames.putIfAbsent(key, ref) == null) {
          referenceTrie.put(key, old -> ref);
        }
      }
    }
  }

  private void loadWords(JsonNode root) {
    for (JsonNode t : root.get("tempoWords")) {
      List<Double> range =
          List.of(t.get("range").get(0).asDouble(), t.get("range").get(1).asDouble());
      Meaning m = new Meaning.TempoWord(range, t.get("direction").asInt());
      t.get("phrases").forEach(p -> add(p.asText(), m));
    }
    for (JsonNode f : root.get("feelWords")) {
      Meaning m = new Meaning.Feel(f.get("feel").asText());
      f.get("phrases").forEach(p -> add(p.asText(), m));
    }
    for (JsonNode mood : root.get("moods")) {
      Double energy = mood.has("energy") ? mood.get("energy").asDouble() : null;
      Meaning m = new Meaning.Mood(mood.get("name").asText(), energy);
      mood.get("phrases").forEach(p -> add(p.asText(), m));
    }
    for (JsonNode e : root.get("energyWords")) {
      Meaning m = new Meaning.Energy(e.get("energy").asDouble());
      e.get("phrases").forEach(p -> add(p.asText(), m));
    }
    for (JsonNode h : root.get("productionHints")) {
      Meaning m = new Meaning.Production(h.get("name").asText());
      h.get("phrases").forEach(p -> add(p.asText(), m));
    }
    for (JsonNode s : root.get("structureWords")) {
      Meaning m = new Meaning.Section(s.get("section").asText());
      s.get("phrases").forEach(p -> add(p.asText(), m));
    }
    root.get("loopWords").forEach(p -> add(p.asText(), new Meaning.Loop()));
    root.get("fadeOutWords").forEach(p -> add(p.asText(), new Meaning.Ending("fade-out")));
    root.get("coldEndWords").forEach(p -> add(p.asText(), new Meaning.Ending("cold")));
    root.get("ringOutWords").forEach(p -> add(p.asText(), new Meaning.Ending("ring-out")));
    root.get("fadeInWords").forEach(p -> add(p.asText(), new Meaning.Opening("fade-in")));
    root.get("instrumentalWords").forEach(p -> add(p.asText(), new Meaning.Instrumental()));
    for (JsonNode t : root.get("timeSignatureWords")) {
      Meaning m = new Meaning.Meter(t.get("timeSignature").asText());
      t.get("phrases").forEach(p -> add(p.asText(), m));
    }
    for (JsonNode d : root.get("durationWords")) {
      Meaning m = new Meaning.DurationWord(d.get("seconds").asDouble());
      d.get("phrases").forEach(p -> add(p.asText(), m));
    }
    root.get("decadeWords")
        .properties()
        .forEach(e -> add(e.getKey(), new Meaning.Decade(e.getValue().asText())));
    root.get("trackNouns").forEach(p -> trackNouns.add(p.asText()));
    for (JsonNode p : root.get("exclusionTriggers")) {
      String key = NameKey.of(p.asText());
      exclusionTriggers.add(key);
      exclusionTrie.put(key, old -> key);
    }
    for (JsonNode p : root.get("referenceTriggers")) {
      String key = NameKey.of(p.asText());
      referenceTriggers.add(key);
      referenceTriggerTrie.put(key, old -> key);
    }
    root.get("referenceSuffixes").forEach(p -> referenceSuffixes.add(p.asText()));
    root.get("numberWords")
        .properties()
        .forEach(e -> numberWords.put(e.getKey(), e.getValue().asDouble()));
    root.get("functionWords").forEach(p -> functionWords.add(NameKey.normalize(p.asText())));
    root.get("commonWords").forEach(p -> knownWords.add(NameKey.normalize(p.asText())));
    root.get("ambiguousGenreWords").forEach(p -> ambiguousGenreWords.add(p.asText()));
    root.get("determiners").forEach(p -> determiners.add(p.asText()));
  }

  /**
   * Words that are never typo-corrected (they are words the parser knows, or ordinary English), and
   * the single words a typo may be corrected to (genre and instrument names).
   */
  private void collectKnownWords() {
    for (String key : phrases.keySet()) {
      for (String w : key.split(" ")) {
        knownWords.add(w);
      }
    }
    for (String key : referenceNames.keySet()) {
      for (String w : key.split(" ")) {
        knownWords.add(w);
      }
    }
    knownWords.addAll(functionWords);
    knownWords.addAll(trackNouns);
    knownWords.addAll(numberWords.keySet());
    for (String trigger : exclusionTriggers) {
      knownWords.addAll(List.of(trigger.split(" ")));
    }
    for (String trigger : referenceTriggers) {
      knownWords.addAll(List.of(trigger.split(" ")));
    }
    knownWords.addAll(Units.ALL_WORDS);
    for (Map.Entry<String, List<Meaning>> e : phrases.entrySet()) {
      String key = e.getKey();
      if (key.indexOf(' ') >= 0 || key.length() < 4 || !key.chars().allMatch(Character::isLetter)) {
        continue;
      }
      boolean genre = e.getValue().stream().anyMatch(m -> m instanceof Meaning.GenreName);
      boolean instrument = e.getValue().stream().anyMatch(m -> m instanceof Meaning.InstrumentName);
      if (genre || instrument) {
        correctable.add(key);
      }
      if (genre && !instrument) {
        genreWords.add(key);
      }
    }
  }
}
