package dev.cadenza.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.music.GenreMatch;
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
import java.util.IdentityHashMap;
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
    List<Meaning> list = phrases.get(key);
    if (list == null) {
      list = new ArrayList<>(1);
      phrases.put(key, list);
      phraseTrie.put(key, list);
    }
    if (!holds(list, meaning)) {
      list.add(meaning);
    }
  }

  /**
   * Whether {@code list} holds {@code meaning} already, as {@code List.contains} would say. A
   * meaning's generated equals is asked only of one of the same kind that is not the same object:
   * its first call costs a cold JVM milliseconds per record class, and the loaders reuse one
   * meaning for all the phrases of an entry, so at start-up it is never asked.
   */
  private static boolean holds(List<Meaning> list, Meaning meaning) {
    for (Meaning m : list) {
      if (m == meaning || m.getClass() == meaning.getClass() && m.equals(meaning)) {
        return true;
      }
    }
    return false;
  }

  private void loadGenres() {
    for (Map.Entry<String, GenreMatch> name : genres.names().entrySet()) {
      add(name.getKey(), new Meaning.GenreName(name.getValue()));
    }
  }

  private void loadInstruments() {
    // Explicit names first, then generated plurals, so a plural never shadows another entry.
    // One meaning per instrument for all its names (see holds); by identity, as records' generated
    // hashCode has the same first-call cost as their equals.
    Map<Instrument, Meaning> meaning = new IdentityHashMap<>();
    for (Instrument inst : instruments.instruments()) {
      Meaning m = new Meaning.InstrumentName(inst);
      meaning.put(inst, m);
      add(inst.name(), m);
      for (String s : inst.synonyms()) {
        add(s, m);
      }
    }
    for (Instrument inst : instruments.instruments()) {
      List<String> names = new ArrayList<>(inst.synonyms());
      names.add(inst.name());
      for (String n : names) {
        if (!n.endsWith("s") && Character.isLetter(n.charAt(n.length() - 1))) {
          String plural = NameKey.of(n + "s");
          if (!phrases.containsKey(plural)) {
            add(plural, meaning.get(inst));
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
          referenceTrie.put(key, ref);
        }
      }
    }
  }

  private void loadWords(JsonNode root) {
    for (JsonNode t : root.get("tempoWords")) {
      List<Double> range =
          List.of(t.get("range").get(0).asDouble(), t.get("range").get(1).asDouble());
      addAll(t.get("phrases"), new Meaning.TempoWord(range, t.get("direction").asInt()));
    }
    for (JsonNode f : root.get("feelWords")) {
      addAll(f.get("phrases"), new Meaning.Feel(f.get("feel").asText()));
    }
    for (JsonNode mood : root.get("moods")) {
      Double energy = mood.has("energy") ? mood.get("energy").asDouble() : null;
      addAll(mood.get("phrases"), new Meaning.Mood(mood.get("name").asText(), energy));
    }
    for (JsonNode e : root.get("energyWords")) {
      addAll(e.get("phrases"), new Meaning.Energy(e.get("energy").asDouble()));
    }
    for (JsonNode h : root.get("productionHints")) {
      addAll(h.get("phrases"), new Meaning.Production(h.get("name").asText()));
    }
    for (JsonNode s : root.get("structureWords")) {
      addAll(s.get("phrases"), new Meaning.Section(s.get("section").asText()));
    }
    addAll(root.get("loopWords"), new Meaning.Loop());
    addAll(root.get("fadeOutWords"), new Meaning.Ending("fade-out"));
    addAll(root.get("coldEndWords"), new Meaning.Ending("cold"));
    addAll(root.get("ringOutWords"), new Meaning.Ending("ring-out"));
    addAll(root.get("fadeInWords"), new Meaning.Opening("fade-in"));
    addAll(root.get("instrumentalWords"), new Meaning.Instrumental());
    for (JsonNode t : root.get("timeSignatureWords")) {
      addAll(t.get("phrases"), new Meaning.Meter(t.get("timeSignature").asText()));
    }
    for (JsonNode d : root.get("durationWords")) {
      addAll(d.get("phrases"), new Meaning.DurationWord(d.get("seconds").asDouble()));
    }
    for (Map.Entry<String, JsonNode> e : root.get("decadeWords").properties()) {
      add(e.getKey(), new Meaning.Decade(e.getValue().asText()));
    }
    loadWordLists(root);
  }

  /** The plain word lists of words.json: triggers, function words, number words and the like. */
  private void loadWordLists(JsonNode root) {
    texts(root.get("trackNouns"), trackNouns, false);
    for (JsonNode p : root.get("exclusionTriggers")) {
      String key = NameKey.of(p.asText());
      exclusionTriggers.add(key);
      exclusionTrie.put(key, key);
    }
    for (JsonNode p : root.get("referenceTriggers")) {
      String key = NameKey.of(p.asText());
      referenceTriggers.add(key);
      referenceTriggerTrie.put(key, key);
    }
    texts(root.get("referenceSuffixes"), referenceSuffixes, false);
    for (Map.Entry<String, JsonNode> e : root.get("numberWords").properties()) {
      numberWords.put(e.getKey(), e.getValue().asDouble());
    }
    texts(root.get("functionWords"), functionWords, true);
    texts(root.get("commonWords"), knownWords, true);
    texts(root.get("ambiguousGenreWords"), ambiguousGenreWords, false);
    texts(root.get("determiners"), determiners, false);
  }

  /** Adds every phrase of a JSON array with one meaning (one object: see {@link #holds}). */
  private void addAll(JsonNode phrases, Meaning meaning) {
    for (JsonNode p : phrases) {
      add(p.asText(), meaning);
    }
  }

  private static void texts(JsonNode list, Set<String> into, boolean normalize) {
    for (JsonNode p : list) {
      into.add(normalize ? NameKey.normalize(p.asText()) : p.asText());
    }
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
    collectCorrectable();
  }

  /** The single words, genre or instrument names, that a misspelled word may be read as. */
  private void collectCorrectable() {
    for (Map.Entry<String, List<Meaning>> e : phrases.entrySet()) {
      String key = e.getKey();
      if (key.indexOf(' ') >= 0 || key.length() < 4 || !letters(key)) {
        continue;
      }
      boolean genre = false;
      boolean instrument = false;
      for (Meaning m : e.getValue()) {
        genre |= m instanceof Meaning.GenreName;
        instrument |= m instanceof Meaning.InstrumentName;
      }
      if (genre || instrument) {
        correctable.add(key);
      }
      if (genre && !instrument) {
        genreWords.add(key);
      }
    }
  }

  private static boolean letters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
