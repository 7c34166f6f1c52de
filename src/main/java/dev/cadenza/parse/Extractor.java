package dev.cadenza.parse;

import dev.cadenza.music.Instrument;
import dev.cadenza.music.Tempo;
import dev.cadenza.parse.Findings.Bpm;
import dev.cadenza.parse.Findings.Hit;
import dev.cadenza.parse.Findings.KeyHit;
import dev.cadenza.parse.Findings.RefHit;
import dev.cadenza.parse.Findings.Span;
import dev.cadenza.spec.TrackLimits;
import java.util.List;
import java.util.Set;

/**
 * Reads a tokenized prompt left to right. At each word every recognizer (style reference,
 * exclusion, key, lexicon phrase, numbers with units) proposes how many words it would take; the
 * longest proposal wins, ties going to the recognizer listed first ("808s" is the instrument, not
 * 808 seconds). Each recognizer looks at a bounded number of words, so the whole pass is linear in
 * the prompt length.
 */
final class Extractor {

  /** Longest unknown name kept after "in the style of" / "like". */
  private static final int MAX_NAME_WORDS = 5;

  private static final Set<String> NAME_CONNECTORS =
      Set.of("of", "the", "and", "de", "van", "von", "la", "le", "da", "del", "der", "y", "n");
  private static final Set<String> WEAK_TRIGGERS =
      Set.of("like", "think", "sounds like", "sounding like", "similar to", "vibes of");
  private static final Set<String> EXCLUSION_FILLERS = Set.of("any", "the", "a", "an", "more");
  private static final Set<String> LIST_JOINERS = Set.of("or", "nor", "and", "no");

  private final Lexicon lex;
  private final String prompt;
  private final List<Token> t;
  private final int n;
  final boolean[] used;
  final Findings found = new Findings();
  private final PhraseMatch[] phraseCache;
  private final boolean[] phraseDone;
  private final byte[] musicWord;

  /** A recognizer's proposal: how many words it takes and what to record if it wins. */
  private record Proposal(int words, Runnable apply) {
    static final Proposal NONE = new Proposal(0, () -> {});
  }

  Extractor(Lexicon lex, String prompt, List<Token> tokens) {
    this.lex = lex;
    this.prompt = prompt;
    this.t = tokens;
    this.n = tokens.size();
    this.used = new boolean[n];
    this.phraseCache = new PhraseMatch[n];
    this.phraseDone = new boolean[n];
    this.musicWord = new byte[n];
  }

  Findings run() {
    int i = 0;
    while (i < n) {
      if (t.get(i).norm().length() > Tokenizer.MAX_WORD) {
        i++;
        continue;
      }
      Token tok = t.get(i);
      String w = tok.norm();
      boolean capital = tok.capitalized();
      Proposal best = Proposal.NONE;
      if (lex.referenceTriggerTrie.startsWith(w)) {
        best = longer(best, reference(i));
      }
      if (capital || lex.referenceTrie.startsWith(w)) {
        best = longer(best, suffixReference(i));
      }
      if (lex.exclusionTrie.startsWith(w)) {
        best = longer(best, exclusion(i));
      }
      char c0 = w.charAt(0);
      if (c0 >= 'a' && c0 <= 'g' || KEY_PREFIX_TRIE.startsWith(w) || Units.mode(w) != null) {
        best = longer(best, key(i));
      }
      if (lex.phraseTrie.startsWith(w)) {
        best = longer(best, phrase(i));
      }
      if (Character.isDigit(c0) || lex.numberWords.containsKey(w) || NUMBER_LEADS.contains(w)) {
        best = longer(best, number(i));
      }
      if (capital) {
        best = longer(best, bareReference(i));
      }
      if (best.words == 0) {
        i++;
        continue;
      }
      best.apply.run();
      for (int k = i; k < i + best.words; k++) {
        used[k] = true;
      }
      i += best.words;
    }
    return found;
  }

  private static final Set<String> NUMBER_LEADS =
      Set.of("bpm", "bpms", "bmp", "tempo", "at", "seed");

  private static Proposal longer(Proposal best, Proposal p) {
    return p.words > best.words ? p : best;
  }

  // ---------------------------------------------------------------- lookups shared by recognizers

  private Span span(int from, int toExclusive) {
    return new Span(t.get(from).start(), t.get(toExclusive - 1).end());
  }

  private String norm(int i) {
    return i < n ? t.get(i).norm() : "";
  }

  /** Whether token i continues the current clause (exists and no punctuation before it). */
  private boolean joined(int i) {
    return i < n && !t.get(i).breakBefore();
  }

  /** Whether token i ends its clause: last token, or punctuation follows. */
  private boolean endsClause(int i) {
    return i + 1 >= n || t.get(i + 1).breakBefore();
  }

  /** The longest lexicon phrase at i: its length in words and meanings, or null. */
  private record PhraseMatch(int words, List<Meaning> meanings) {}

  private PhraseMatch longestPhrase(int i) {
    if (!phraseDone[i]) {
      PhraseTrie.Match<List<Meaning>> m = lex.phraseTrie.longest(t, i, Integer.MAX_VALUE);
      phraseCache[i] = m == null ? null : new PhraseMatch(m.words(), m.value());
      phraseDone[i] = true;
    }
    return phraseCache[i];
  }

  private record RefMatch(int words, StyleReference ref) {}

  private RefMatch knownReference(int i) {
    PhraseTrie.Match<StyleReference> m = lex.referenceTrie.longest(t, i, Integer.MAX_VALUE);
    return m == null ? null : new RefMatch(m.words(), m.value());
  }

  /**
   * Capitalized words from i that look like a name ("Four Tet", "Bonobo", "Boards of Canada"): each
   * capitalized, or a connector followed by a capitalized word; none a known music word.
   */
  private int nameRun(int i) {
    int k = 0;
    while (i + k < n && k < MAX_NAME_WORDS && (k == 0 || joined(i + k))) {
      Token tok = t.get(i + k);
      boolean connector = k > 0 && NAME_CONNECTORS.contains(tok.norm());
      if (connector) {
        if (i + k + 1 < n && joined(i + k + 1) && t.get(i + k + 1).capitalized()) {
          k++;
          continue;
        }
        break;
      }
      if (!tok.capitalized() || tok.isNumber() || isMusicWord(i + k)) {
        break;
      }
      k++;
    }
    return k;
  }

  private boolean isMusicWord(int i) {
    if (musicWord[i] == 0) {
      boolean music = longestPhrase(i) != null || number(i).words > 0 || key(i).words > 0;
      musicWord[i] = (byte) (music ? 1 : 2);
    }
    return musicWord[i] == 1;
  }

  // ---------------------------------------------------------------- style references

  /** "in the style of X", "like X", "inspired by X", … */
  private Proposal reference(int i) {
    PhraseTrie.Match<String> tm = lex.referenceTriggerTrie.longest(t, i, 5);
    if (tm == null) {
      return Proposal.NONE;
    }
    int trig = tm.words();
    String trigger = tm.value();
    int j = i + trig;
    if (!joined(j)) {
      return Proposal.NONE;
    }
    RefMatch known = knownReference(j);
    if (known != null && (t.get(j).capitalized() || !WEAK_TRIGGERS.contains(trigger))) {
      Span s = span(j, j + known.words);
      return new Proposal(
          trig + known.words,
          () -> found.references.add(new Hit<>(new RefHit(known.ref.name(), known.ref), s)));
    }
    boolean weak = WEAK_TRIGGERS.contains(trigger);
    int name = t.get(j).capitalized() ? nameRun(j) : 0;
    if (name > 0) {
      Span s = span(j, j + name);
      String written = prompt.substring(s.start(), s.end());
      return new Proposal(
          trig + name, () -> found.references.add(new Hit<>(new RefHit(written, null), s)));
    }
    if (weak || isMusicWord(j) || lex.functionWords.contains(norm(j))) {
      // "like a movie soundtrack", "inspired by 80s synthwave": the words are read on their own.
      return weak ? Proposal.NONE : new Proposal(trig, () -> {});
    }
    int k = 0;
    while (j + k < n && k < MAX_NAME_WORDS && (k == 0 || joined(j + k))) {
      if (isMusicWord(j + k) || lex.functionWords.contains(norm(j + k))) {
        break;
      }
      k++;
    }
    int words = k;
    Span s = span(j, j + words);
    String written = prompt.substring(s.start(), s.end());
    return new Proposal(
        trig + words, () -> found.references.add(new Hit<>(new RefHit(written, null), s)));
  }

  /** "Pendulum-style", "Daft Punk-esque", "Burial-inspired". */
  private Proposal suffixReference(int i) {
    RefMatch known = knownReference(i);
    int words = known != null ? known.words : nameRun(i);
    if (words == 0 || i + words >= n) {
      return Proposal.NONE;
    }
    Token suffix = t.get(i + words);
    boolean hyphenSuffix = suffix.hyphenated() && lex.referenceSuffixes.contains(suffix.norm());
    boolean spacedStyle = known != null && joined(i + words) && suffix.norm().equals("style");
    if (!hyphenSuffix && !spacedStyle) {
      return Proposal.NONE;
    }
    if (known == null && lex.functionWords.contains(norm(i))) {
      return Proposal.NONE;
    }
    Span s = span(i, i + words);
    String name = known != null ? known.ref.name() : prompt.substring(s.start(), s.end());
    StyleReference ref = known != null ? known.ref : null;
    return new Proposal(words + 1, () -> found.references.add(new Hit<>(new RefHit(name, ref), s)));
  }

  /** A known name without a trigger, written with a capital: "Pendulum drum and bass". */
  private Proposal bareReference(int i) {
    if (!t.get(i).capitalized()) {
      return Proposal.NONE;
    }
    RefMatch known = knownReference(i);
    if (known == null) {
      return Proposal.NONE;
    }
    Span s = span(i, i + known.words);
    return new Proposal(
        known.words,
        () -> found.references.add(new Hit<>(new RefHit(known.ref.name(), known.ref), s)));
  }

  // ---------------------------------------------------------------- exclusions

  /** "no vocals", "without drums or bass", "minus the guitar". */
  private Proposal exclusion(int i) {
    PhraseTrie.Match<String> tm = lex.exclusionTrie.longest(t, i, 3);
    if (tm == null) {
      return Proposal.NONE;
    }
    int trig = tm.words();
    int j = i + trig;
    while (joined(j) && EXCLUSION_FILLERS.contains(norm(j))) {
      j++;
    }
    List<Hit<Instrument>> hits = new java.util.ArrayList<>();
    while (joined(j)) {
      PhraseMatch m = longestPhrase(j);
      Instrument inst = m == null ? null : instrumentOf(m.meanings);
      if (inst == null) {
        break;
      }
      hits.add(new Hit<>(inst, span(j, j + m.words)));
      j += m.words;
      if (joined(j) && LIST_JOINERS.contains(norm(j)) && joined(j + 1)) {
        PhraseMatch next = longestPhrase(j + 1);
        if (next != null && instrumentOf(next.meanings) != null) {
          j++;
          continue;
        }
      }
      break;
    }
    if (hits.isEmpty()) {
      return Proposal.NONE;
    }
    return new Proposal(j - i, () -> found.excluded.addAll(hits));
  }

  private static Instrument instrumentOf(List<Meaning> meanings) {
    for (Meaning m : meanings) {
      if (m instanceof Meaning.InstrumentName in) {
        return in.instrument();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- keys

  /** A note as written in one token: letter, accidental, and a mode suffix ("F#m", "Bbmaj"). */
  private record Note(char letter, String accidental, String suffixMode, boolean bareM) {}

  private static Note noteToken(String norm) {
    int len = norm.length();
    if (len == 0 || len > 8) {
      return null;
    }
    char letter = norm.charAt(0);
    if (letter < 'a' || letter > 'g') {
      return null;
    }
    int pos = 1;
    String accidental = "";
    if (pos < len && (norm.charAt(pos) == '#' || norm.charAt(pos) == 'b')) {
      // "bb" is B flat, "bm" is B minor: a 'b' after the letter is a flat only when what follows
      // is a valid suffix.
      accidental = norm.charAt(pos) == '#' ? "#" : "b";
      pos++;
    }
    String rest = norm.substring(pos);
    String mode =
        switch (rest) {
          case "" -> "";
          case "m", "min", "minor", "mi" -> "minor";
          case "maj", "major" -> "major";
          default -> null;
        };
    if (mode == null) {
      return null;
    }
    return new Note(letter, accidental, mode.isEmpty() ? null : mode, rest.equals("m"));
  }

  private record ModeWord(String mode, int words) {}

  /** "minor", "dorian", "major key", "minor scale" at i. */
  private ModeWord modeAt(int i) {
    if (i >= n || (i > 0 && !joined(i))) {
      return null;
    }
    String mode = Units.mode(norm(i));
    if (mode == null) {
      return null;
    }
    int words = 1;
    if (joined(i + 1)
        && (norm(i + 1).equals("key")
            || norm(i + 1).equals("scale")
            || norm(i + 1).equals("tonality")
            || norm(i + 1).equals("mode"))) {
      words = 2;
    }
    return new ModeWord(mode, words);
  }

  /**
   * A tonic as written and what follows it: the accidental ("F#", "F sharp"), the mode ("F#m", "F#
   * minor", "F# minor key"), and the index of the first word after them.
   *
   * @param modeNoun the mode was two words ("minor key", "major scale")
   */
  private record Spelled(String accidental, String mode, boolean modeNoun, int next) {}

  private Proposal key(int i) {
    int start = i;
    boolean strongPrefix = false;
    boolean inPrefix = false;
    PhraseTrie.Match<String> pm = KEY_PREFIX_TRIE.longest(t, i, 4);
    int p = pm == null ? 0 : pm.words();
    if (p > 0) {
      strongPrefix = !pm.value().equals("in");
      inPrefix = !strongPrefix;
      i += p;
      // "key: Eb" – a colon may follow "key", but "in, E" is no key
      if (i >= n || !strongPrefix && !joined(i)) {
        return Proposal.NONE;
      }
    }
    if (i >= n) {
      return Proposal.NONE;
    }
    Note note = noteToken(norm(i));
    if (note == null) {
      return modeOnly(start, i, inPrefix || strongPrefix);
    }
    Spelled k = spelled(note, i);
    Token tok = t.get(i);
    boolean capital = tok.capitalized();
    if (!strongPrefix && start > 0 && t.get(start - 1).isNumber() && joined(start)) {
      return Proposal.NONE; // "-6 dB", "2 b"
    }
    if (note.bareM
        && k.accidental().isEmpty()
        && !(capital && tok.text().length() == 2 && tok.text().charAt(1) == 'm')) {
      return Proposal.NONE; // "am", "em", "FM" are words, "Am" and "Em" are keys
    }
    if (note.letter == 'a'
        && !strongPrefix
        && k.accidental().isEmpty()
        && note.suffixMode == null
        && k.mode() != null) {
      Proposal article = articleA(start, k, inPrefix, capital);
      if (article != null) {
        return article;
      }
    }
    if (plainWord(note, k, tok, strongPrefix, inPrefix, capital)) {
      return Proposal.NONE;
    }
    String tonic = Character.toUpperCase(note.letter) + k.accidental();
    String finalMode = k.mode() == null ? "major" : k.mode();
    boolean modeStated = k.mode() != null;
    int end = k.next();
    if (joined(end) && (norm(end).equals("key") || norm(end).equals("scale"))) {
      end++;
    }
    int stop = end;
    return new Proposal(
        stop - start,
        () ->
            found.keys.add(new Hit<>(new KeyHit(tonic, finalMode, modeStated), span(start, stop))));
  }

  /** The accidental and mode written after the note at {@code i}, as words or in the token. */
  private Spelled spelled(Note note, int i) {
    int j = i + 1;
    String accidental = note.accidental;
    if (accidental.isEmpty() && note.suffixMode == null && joined(j)) {
      if (Units.SHARP.contains(norm(j))) {
        accidental = "#";
        j++;
      } else if (Units.FLAT.contains(norm(j))) {
        accidental = "b";
        j++;
      }
    }
    String mode = note.suffixMode;
    boolean modeNoun = false;
    if (mode == null) {
      ModeWord mw = modeAt(j);
      if (mw != null && joined(j)) {
        mode = mw.mode;
        modeNoun = mw.words == 2;
        j += mw.words;
      }
    }
    return new Spelled(accidental, mode, modeNoun, j);
  }

  /**
   * "a" is also the article: "in a minor key" and "a minor chord progression" name only a mode, "A
   * minor detail" and "a minor role" no key at all; "A minor," at the end of a clause and "in A
   * minor ..." are A minor. Returns the mode alone, no key ({@link Proposal#NONE}), or null when
   * the words are the key A.
   */
  private Proposal articleA(int start, Spelled k, boolean inPrefix, boolean capital) {
    int j = k.next();
    boolean nounAfter = k.modeNoun() || joined(j) && Units.MODE_NOUNS.contains(norm(j));
    boolean keyAfterIn = inPrefix && (capital || !nounAfter);
    if (!keyAfterIn && nounAfter) {
      String m = k.mode();
      return new Proposal(
          j - start, () -> found.keys.add(new Hit<>(new KeyHit(null, m, true), span(start, j))));
    }
    if (!keyAfterIn && !endsClause(j - 1)) {
      return Proposal.NONE;
    }
    return null;
  }

  /** Whether a note letter without a key's context is an ordinary word ("a", "eb", "be"). */
  private static boolean plainWord(
      Note note, Spelled k, Token tok, boolean strongPrefix, boolean inPrefix, boolean capital) {
    if (k.accidental().isEmpty() && k.mode() == null) {
      // a lone letter is a key only after "in" or "key of"
      return !strongPrefix && !(inPrefix && capital);
    }
    if (!k.accidental().isEmpty() && k.mode() == null && !strongPrefix && !inPrefix) {
      // "eb", "db" on their own are not keys; "Eb" and "F#" are
      return note.accidental.equals("b") && !capital || tok.norm().length() != 2;
    }
    return false;
  }

  private static final PhraseTrie<String> KEY_PREFIX_TRIE = new PhraseTrie<>();

  static {
    for (String p :
        List.of("in the key of", "key of", "in key of", "key", "in", "in the key", "tonic")) {
      KEY_PREFIX_TRIE.put(p, p);
    }
  }

  /** "minor key", "in dorian", "mixolydian": the mode without a tonic. */
  private Proposal modeOnly(int start, int i, boolean prefixed) {
    ModeWord mw = modeAt(i);
    if (mw == null) {
      return Proposal.NONE;
    }
    boolean church = !mw.mode.equals("major") && !mw.mode.equals("minor");
    if (!church && !prefixed && mw.words < 2) {
      return Proposal.NONE; // "minor chords", "major label"
    }
    int stop = i + mw.words;
    String mode = mw.mode;
    return new Proposal(
        stop - start,
        () -> found.keys.add(new Hit<>(new KeyHit(null, mode, true), span(start, stop))));
  }

  // ---------------------------------------------------------------- numbers

  private Proposal number(int i) {
    String w = norm(i);
    if (Units.BPM.contains(w) || w.equals("tempo")) {
      return tempoPrefixed(i);
    }
    if (w.equals("at")) {
      return atTempo(i);
    }
    if (w.equals("seed")) {
      return seed(i);
    }
    Double clock = Numbers.minutesSeconds(w);
    Double length = clock != null ? clock : Numbers.compactDuration(w);
    if (length != null) {
      Span s = span(i, i + 1);
      return new Proposal(1, () -> found.durations.add(new Hit<>(length, s)));
    }
    int[] frac = Numbers.fraction(w);
    if (frac != null) {
      return meter(i, frac);
    }
    Double value = Numbers.decimal(w);
    int words = 1;
    if (value == null) {
      int digits = Numbers.numericPrefix(w);
      if (digits > 0 && digits < w.length()) {
        return composite(i, w.substring(0, digits), w.substring(digits));
      }
      NumberWords nw = numberWords(i);
      if (nw == null) {
        return Proposal.NONE;
      }
      value = nw.value;
      words = nw.words;
      return unitAfter(i, value, words, false);
    }
    return unitAfter(i, value, words, true);
  }

  private record NumberWords(double value, int words) {}

  /** "three", "thirty two", "a" (before a unit), "two and a half". */
  private NumberWords numberWords(int i) {
    Double v = lex.numberWords.get(norm(i));
    if (v == null) {
      return null;
    }
    int words = 1;
    double value = v;
    if (value >= 20 && value < 100 && value % 10 == 0 && joined(i + 1)) {
      Double unit = lex.numberWords.get(norm(i + 1));
      if (unit != null && unit >= 1 && unit <= 9) {
        value += unit;
        words = 2;
      }
    }
    return new NumberWords(value, words);
  }

  /** What follows a number: bpm, a duration unit, bars; or a number alone in its clause. */
  /**
   * What a number at {@code i} ({@code numWords} words) measures, by the unit after it: a tempo or
   * tempo range, a length, a bar count, or, standing alone in a list, a tempo.
   */
  private Proposal unitAfter(int i, double value, int numWords, boolean digits) {
    int j = i + numWords;
    Proposal p = digits && joined(j) ? bpmRangeAfter(i, value, j) : null;
    if (p == null) {
      p = bpmAfter(i, value, j);
    }
    if (p == null) {
      p = durationAfter(i, value, j, digits);
    }
    if (p == null) {
      p = barsAfter(i, value, j);
    }
    return p != null ? p : lonelyTempo(i, value, numWords, digits);
  }

  /**
   * Ranges: "140-150 bpm", "140 to 150 bpm", "between 120 and 130 bpm" (from the first number);
   * null when the words after the number are no tempo range.
   */
  private Proposal bpmRangeAfter(int i, double value, int j) {
    int k = j;
    if (norm(k).equals("to") || norm(k).equals("and")) {
      k++;
    } else if (!t.get(k).hyphenated()) {
      k = -1;
    }
    if (k > 0 && joined(k)) {
      Double hi = Numbers.decimal(norm(k));
      int unit = bpmUnit(k + 1);
      if (hi != null && unit > 0 && hi > value) {
        int stop = k + 1 + unit;
        Span s = span(i, stop);
        double lo = value;
        if (Tempo.playable(lo) && Tempo.playable(hi)) {
          return new Proposal(
              stop - i,
              () -> found.bpms.add(new Hit<>(new Bpm(Math.round((lo + hi) / 2), lo, hi), s)));
        }
      }
    }
    return null;
  }

  /** "128 bpm", "90 beats per minute"; null without a tempo unit. */
  private Proposal bpmAfter(int i, double value, int j) {
    int unit = bpmUnit(j);
    if (unit > 0) {
      Span s = span(i, j + unit);
      if (!Tempo.playable(value)) {
        return new Proposal(
            j + unit - i,
            () ->
                found.warnings.add(
                    "ignored \""
                        + text(s)
                        + "\": not a playable tempo ("
                        + Tempo.range("-")
                        + " bpm)"));
      }
      return new Proposal(
          j + unit - i, () -> found.bpms.add(new Hit<>(new Bpm(value, value, value), s)));
    }
    return null;
  }

  /** "3 minutes", "90 seconds", "2 and a half minutes", "1 hour"; null without a time unit. */
  private Proposal durationAfter(int i, double value, int j, boolean digits) {
    String u = joined(j) ? norm(j) : "";
    if (Units.MINUTE.contains(u) && !(u.equals("m") && !t.get(j).hyphenated() && !digits)) {
      double seconds = value * 60;
      int stop = j + 1;
      // "two and a half minutes" is read as number + "and a half" before the unit
      if (joined(stop)
          && Numbers.decimal(norm(stop)) != null
          && joined(stop + 1)
          && Units.SECOND.contains(norm(stop + 1))) {
        double extra = Numbers.decimal(norm(stop));
        int end = stop + 2;
        Span s = span(i, end);
        return new Proposal(end - i, () -> addDuration(seconds + extra, s));
      }
      Span s = span(i, stop);
      return new Proposal(stop - i, () -> addDuration(seconds, s));
    }
    if (Units.SECOND.contains(u)) {
      Span s = span(i, j + 1);
      return new Proposal(j + 1 - i, () -> addDuration(value, s));
    }
    if (Units.HOUR.contains(u)) {
      Span s = span(i, j + 1);
      return new Proposal(j + 1 - i, () -> addDuration(value * 3600, s));
    }
    if (u.equals("and")
        && norm(j + 1).equals("a")
        && norm(j + 2).equals("half")
        && joined(j + 3)
        && (Units.MINUTE.contains(norm(j + 3)) || Units.HOUR.contains(norm(j + 3)))) {
      double mult = Units.HOUR.contains(norm(j + 3)) ? 3600 : 60;
      Span s = span(i, j + 4);
      return new Proposal(j + 4 - i, () -> addDuration((value + 0.5) * mult, s));
    }
    return null;
  }

  /** "16 bars" (but not "a bar"); null without a bar unit. */
  private Proposal barsAfter(int i, double value, int j) {
    String u = joined(j) ? norm(j) : "";
    if (Units.BAR.contains(u)
        && value == Math.floor(value)
        && !norm(i).equals("a")
        && !norm(i).equals("an")) {
      Span s = span(i, j + 1);
      int count = (int) Math.min(value, Integer.MAX_VALUE);
      if (count < 1 || count > 10000) {
        return new Proposal(
            j + 1 - i,
            () -> found.warnings.add("ignored \"" + text(s) + "\": bar count outside 1-10000"));
      }
      return new Proposal(j + 1 - i, () -> found.bars.add(new Hit<>(count, s)));
    }
    return null;
  }

  /** A number standing alone in a list, or right after the genre, is the tempo. */
  private Proposal lonelyTempo(int i, double value, int numWords, boolean digits) {
    Span numSpan = span(i, i + numWords);
    boolean afterGenre =
        i > 0
            && joined(i)
            && !found.genres.isEmpty()
            && found.genres.get(found.genres.size() - 1).span().end() == t.get(i - 1).end();
    if (digits
        && !percentAfter(i)
        && (t.get(i).breakBefore() || afterGenre)
        && endsClause(i + numWords - 1)
        && value >= 40
        && value <= 300) {
      // "uplifting trance, 138, A minor" and "techno 130": a number standing alone in a list,
      // or right after the genre at the end of a clause, is the tempo.
      return new Proposal(
          numWords, () -> found.bpms.add(new Hit<>(new Bpm(value, value, value), numSpan)));
    }
    return Proposal.NONE;
  }

  private void addDuration(double seconds, Span s) {
    if (seconds > TrackLimits.MAX_SECONDS) {
      // Not taken; the commands refuse a prompt with this warning rather than use another length.
      found.warnings.add(TrackLimits.tooLong("\"" + text(s) + "\""));
      return;
    }
    if (seconds < 1) {
      found.warnings.add("ignored \"" + text(s) + "\": duration under 1 s");
      return;
    }
    found.durations.add(new Hit<>(seconds, s));
  }

  /** Words of a bpm unit at i: "bpm", "beats per minute", "b p m"; 0 if none. */
  private int bpmUnit(int i) {
    if (!joined(i)) {
      return 0;
    }
    String w = norm(i);
    if (Units.BPM.contains(w)) {
      return 1;
    }
    if ((w.equals("beats") || w.equals("beat"))
        && norm(i + 1).equals("per")
        && joined(i + 2)
        && (norm(i + 2).equals("minute") || norm(i + 2).equals("min"))) {
      return 3;
    }
    if (w.equals("b") && norm(i + 1).equals("p") && norm(i + 2).equals("m")) {
      return 3;
    }
    return 0;
  }

  /** "bpm: 130", "bpm 128", "tempo of 90", "tempo around 120 bpm". */
  private Proposal tempoPrefixed(int i) {
    int j = i + 1;
    while (j < n
        && j < i + 3
        && (norm(j).equals("of")
            || norm(j).equals("is")
            || norm(j).equals("at")
            || Units.APPROX.contains(norm(j)))) {
      j++;
    }
    if (j >= n || j > i + 1 && !joined(j)) {
      return Proposal.NONE;
    }
    Double v = Numbers.decimal(norm(j));
    if (v == null || !Tempo.playable(v) || percentAfter(j)) {
      return Proposal.NONE;
    }
    int stop = j + 1 + bpmUnit(j + 1);
    if (joined(j + 1) && !Units.BPM.contains(norm(j + 1)) && isUnit(norm(j + 1))) {
      return Proposal.NONE;
    }
    Span s = span(i, stop);
    return new Proposal(stop - i, () -> found.bpms.add(new Hit<>(new Bpm(v, v, v), s)));
  }

  /** "at 128", "at around 120 bpm", but not "at 3 minutes" or "at 50%". */
  private Proposal atTempo(int i) {
    int j = i + 1;
    if (joined(j) && Units.APPROX.contains(norm(j))) {
      j++;
    }
    if (!joined(j)) {
      return Proposal.NONE;
    }
    Double v = Numbers.decimal(norm(j));
    if (v == null || v < 40 || v > 300 || percentAfter(j)) {
      return Proposal.NONE;
    }
    if (joined(j + 1) && isUnit(norm(j + 1)) && bpmUnit(j + 1) == 0) {
      return Proposal.NONE;
    }
    int stop = j + 1 + bpmUnit(j + 1);
    Span s = span(i, stop);
    return new Proposal(stop - i, () -> found.bpms.add(new Hit<>(new Bpm(v, v, v), s)));
  }

  /** "50%": a number written with a percent sign is never a tempo. */
  private boolean percentAfter(int i) {
    int end = t.get(i).end();
    return end < prompt.length() && prompt.charAt(end) == '%';
  }

  private static boolean isUnit(String w) {
    return Units.MINUTE.contains(w)
        || Units.SECOND.contains(w)
        || Units.HOUR.contains(w)
        || Units.BAR.contains(w)
        || Units.NOT_A_TEMPO.contains(w);
  }

  private Proposal seed(int i) {
    int j = i + 1;
    if (joined(j) && (norm(j).equals("is") || norm(j).equals("of") || norm(j).equals("number"))) {
      j++;
    }
    if (j >= n) {
      return Proposal.NONE;
    }
    String w = norm(j);
    if (w.isEmpty() || w.length() > 18 || !w.chars().allMatch(Character::isDigit)) {
      return Proposal.NONE;
    }
    long value = Long.parseLong(w);
    Span s = span(i, j + 1);
    return new Proposal(j + 1 - i, () -> found.seeds.add(new Hit<>(value, s)));
  }

  private Proposal meter(int i, int[] frac) {
    int num = frac[0];
    int den = frac[1];
    if (num < 1 || num > 32 || (den != 2 && den != 4 && den != 8 && den != 16)) {
      return Proposal.NONE;
    }
    int stop = i + 1;
    if (joined(stop)
        && (norm(stop).equals("time")
            || norm(stop).equals("meter")
            || norm(stop).equals("signature"))) {
      stop++;
    }
    Span s = span(i, stop);
    String sig = num + "/" + den;
    return new Proposal(stop - i, () -> found.meters.add(new Hit<>(sig, s)));
  }

  /** A number glued to its unit: "174bpm", "3min", "90s" (the decade), "16bars". */
  private Proposal composite(int i, String digits, String suffix) {
    Double v = Numbers.decimal(digits);
    if (v == null) {
      return Proposal.NONE;
    }
    Span s = span(i, i + 1);
    if (Units.BPM.contains(suffix)) {
      if (!Tempo.playable(v)) {
        return Proposal.NONE;
      }
      return new Proposal(1, () -> found.bpms.add(new Hit<>(new Bpm(v, v, v), s)));
    }
    if (isDecade(digits + suffix, v)) {
      String era = decade(v);
      return new Proposal(1, () -> found.eras.add(new Hit<>(era, s)));
    }
    if (Units.MINUTE.contains(suffix)) {
      return new Proposal(1, () -> addDuration(v * 60, s));
    }
    if (Units.SECOND.contains(suffix) || suffix.equals("s")) {
      return new Proposal(1, () -> addDuration(v, s));
    }
    if (Units.BAR.contains(suffix) && v == Math.floor(v) && v >= 1 && v <= 10000) {
      return new Proposal(1, () -> found.bars.add(new Hit<>(v.intValue(), s)));
    }
    return Proposal.NONE;
  }

  private static boolean isDecade(String word, double v) {
    if (!(word.endsWith("s") && (word.length() == 3 || word.length() == 5)
        || word.endsWith("'s") && (word.length() == 4 || word.length() == 6))) {
      return false;
    }
    int d = (int) v;
    return d == v && d % 10 == 0 && (d < 100 || d >= 1900 && d <= 2090);
  }

  private static String decade(double v) {
    int d = (int) v;
    if (d < 100) {
      d += d >= 30 ? 1900 : 2000;
    }
    return d + "s";
  }

  // ---------------------------------------------------------------- lexicon phrases

  private Proposal phrase(int i) {
    PhraseMatch m = longestPhrase(i);
    if (m == null) {
      return Proposal.NONE;
    }
    int stop = i + m.words;
    Span s = span(i, stop);
    boolean durationContext = t.get(i).breakBefore() && endsClause(stop - 1) || trackNounNear(stop);
    List<Meaning> meanings =
        m.words == 1 && thingNotGenre(i)
            ? m.meanings.stream().filter(x -> !(x instanceof Meaning.GenreName)).toList()
            : m.meanings;
    boolean anyApplies = false;
    for (Meaning meaning : meanings) {
      if (!(meaning instanceof Meaning.DurationWord) || durationContext) {
        anyApplies = true;
      }
    }
    if (!anyApplies) {
      return Proposal.NONE;
    }
    return new Proposal(
        m.words,
        () -> {
          for (Meaning meaning : meanings) {
            record(meaning, s, durationContext);
          }
        });
  }

  /**
   * Whether an everyday noun that is also a genre name ("garage", "jungle") names a thing here: a
   * lower-case word the parser does not know follows it, which it describes ("jungle setting",
   * "garage door"), or a determiner comes before it and no music word after ("recorded in a
   * garage"). "a house track" and "dark jungle" stay genres.
   */
  private boolean thingNotGenre(int i) {
    if (!lex.ambiguousGenreWords.contains(norm(i))) {
      return false;
    }
    int next = i + 1;
    boolean word = joined(next) && !t.get(next).isNumber();
    String after = word ? norm(next) : "";
    boolean musicBefore =
        i > 0
            && joined(i)
            && lex.knownWords.contains(norm(i - 1))
            && !lex.functionWords.contains(norm(i - 1));
    boolean plainWord =
        word
            && !lex.knownWords.contains(after)
            && !t.get(next).capitalized()
            && after.chars().allMatch(Character::isLetter);
    boolean determiner = i > 0 && !t.get(i).breakBefore() && lex.determiners.contains(norm(i - 1));
    if (plainWord && !musicBefore) {
      // "country road trip song": with no determiner, a track noun after the words it describes
      // makes it the kind of song; "jungle setting", "the garage door" stay things.
      return determiner || !trackNounNear(next + 1);
    }
    boolean musicAfter =
        word
            && (lex.trackNouns.contains(after)
                || lex.knownWords.contains(after) && !lex.functionWords.contains(after));
    return determiner && !musicAfter;
  }

  /** "a short loop", "a long ambient track": a track noun within three words of the clause. */
  private boolean trackNounNear(int from) {
    for (int k = from; k < from + 3 && joined(k); k++) {
      if (lex.trackNouns.contains(norm(k))) {
        return true;
      }
    }
    return false;
  }

  /** "solo piano" names a piano played alone, not a solo section. */
  private boolean soloInstrument(Meaning.Section section, Span s) {
    if (!section.section().equals("solo")) {
      return false;
    }
    int next = 0;
    while (next < n && t.get(next).start() < s.end()) {
      next++;
    }
    if (!joined(next)) {
      return false;
    }
    PhraseMatch m = longestPhrase(next);
    return m != null && instrumentOf(m.meanings) != null;
  }

  private void record(Meaning meaning, Span s, boolean durationContext) {
    if (meaning instanceof Meaning.GenreName g) {
      found.genres.add(new Hit<>(g.match(), s));
    } else if (meaning instanceof Meaning.InstrumentName in) {
      found.instruments.add(new Hit<>(in.instrument(), s));
      instrumentGenre(s);
      if (endsInLoopWord(s)) {
        // "a drum loop": the instrument's name also asks for a loop.
        found.loops.add(new Hit<>(true, s));
      }
    } else if (meaning instanceof Meaning.Mood mood) {
      found.moods.add(new Hit<>(mood, s));
    } else if (meaning instanceof Meaning.Energy e) {
      found.energies.add(new Hit<>(e.value(), s));
    } else if (meaning instanceof Meaning.TempoWord tw) {
      found.tempoWords.add(new Hit<>(tw, s));
    } else if (meaning instanceof Meaning.Feel f) {
      found.feels.add(new Hit<>(f.feel(), s));
    } else if (meaning instanceof Meaning.Production p) {
      found.productionHints.add(new Hit<>(p.hint(), s));
    } else if (meaning instanceof Meaning.Section sec) {
      if (!soloInstrument(sec, s)) {
        found.sections.add(new Hit<>(sec.section(), s));
      }
    } else if (meaning instanceof Meaning.Loop) {
      found.loops.add(new Hit<>(true, s));
    } else if (meaning instanceof Meaning.Ending e) {
      found.endings.add(new Hit<>(e.ending(), s));
    } else if (meaning instanceof Meaning.Opening o) {
      found.openings.add(new Hit<>(o.opening(), s));
    } else if (meaning instanceof Meaning.Instrumental) {
      lex.instrument("vocals").ifPresent(v -> found.excluded.add(new Hit<>(v, s)));
    } else if (meaning instanceof Meaning.Meter m) {
      found.meters.add(new Hit<>(m.timeSignature(), s));
    } else if (meaning instanceof Meaning.DurationWord d) {
      if (durationContext) {
        found.durationWords.add(new Hit<>(d.seconds(), s));
      }
    } else if (meaning instanceof Meaning.Decade d) {
      found.eras.add(new Hit<>(d.era(), s));
    }
  }

  /** "gospel choir", "ambient pads": an instrument's name whose first word alone names a genre. */
  private void instrumentGenre(Span s) {
    String words = dev.cadenza.music.NameKey.of(text(s));
    int space = words.indexOf(' ');
    List<Meaning> first = space < 0 ? null : lex.meanings(words.substring(0, space));
    if (first == null) {
      return;
    }
    for (Meaning m : first) {
      if (m instanceof Meaning.GenreName g) {
        int end = s.start();
        while (end < s.end() && dev.cadenza.music.NameKey.isWordChar(prompt.charAt(end))) {
          end++;
        }
        found.instrumentGenres.add(new Hit<>(g.match(), new Span(s.start(), end)));
        return;
      }
    }
  }

  /** Whether the last word of a phrase is a loop word of the lexicon ("drum loop"). */
  private boolean endsInLoopWord(Span s) {
    String words = dev.cadenza.music.NameKey.of(text(s));
    List<Meaning> last = lex.meanings(words.substring(words.lastIndexOf(' ') + 1));
    return last != null && last.stream().anyMatch(m -> m instanceof Meaning.Loop);
  }

  private String text(Span s) {
    return prompt.substring(s.start(), s.end());
  }
}
