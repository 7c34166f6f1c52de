package dev.cadenza.parse;

import dev.cadenza.BadInputException;
import dev.cadenza.music.NameKey;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.spec.TrackSpec.Correction;
import dev.cadenza.spec.TrackSpec.Unparsed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a prompt into a {@link TrackSpec}: validate the text, split it into words, read misspelled
 * genre and instrument names as the names they are close to, extract what each phrase says, then
 * resolve every field with its provenance ({@link Resolver}). Thread-safe; one instance can parse
 * any number of prompts.
 */
public final class PromptParser {

  /** Longest prompt accepted, in characters; longer input is rejected, not truncated. */
  public static final int MAX_CHARS = 256 * 1024;

  /** Past this many distinct words the correction cache stops growing (memory stays bounded). */
  private static final int CACHE_LIMIT = 50_000;

  private static final TypoCorrector.Correction NO_CORRECTION = new TypoCorrector.Correction("", 0);

  private final Lexicon lex;
  private final TypoCorrector corrector;
  private final ConcurrentHashMap<String, TypoCorrector.Correction> corrections =
      new ConcurrentHashMap<>();

  private final int cacheLimit;

  public PromptParser(Lexicon lex) {
    this(lex, CACHE_LIMIT);
  }

  /** A parser whose typo-correction cache holds at most {@code cacheLimit} words (0: none). */
  PromptParser(Lexicon lex, int cacheLimit) {
    this.lex = lex;
    this.corrector = new TypoCorrector(lex.correctable);
    this.cacheLimit = cacheLimit;
  }

  /** The parser over the lexicon shipped with cadenza. */
  public static PromptParser standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final PromptParser STANDARD = new PromptParser(Lexicon.standard());
  }

  public Lexicon lexicon() {
    return lex;
  }

  /** Parses with no overrides and the seed derived from the prompt. */
  public TrackSpec parse(String prompt) {
    return parse(prompt, null, Overrides.NONE);
  }

  /**
   * Parses a prompt.
   *
   * @param prompt the prompt text
   * @param seed the seed to use, or null for one given in the prompt or derived from its text
   * @param overrides values that beat anything the prompt says
   * @throws BadInputException when the prompt is empty, not text, or too long
   */
  public TrackSpec parse(String prompt, Long seed, Overrides overrides) {
    check(prompt);
    List<Token> tokens = new ArrayList<>(Tokenizer.tokenize(prompt));
    List<Correction> corrections = correct(prompt, tokens);
    Extractor extractor = new Extractor(lex, prompt, tokens);
    Findings found = extractor.run();
    KeyChanges.pair(tokens, extractor.used, found);
    SectionTimings.pair(tokens, extractor.used, found);
    List<Unparsed> unparsed = new ArrayList<>();
    List<Correction> kept = new ArrayList<>();
    collectUnused(prompt, tokens, extractor.used, corrections, unparsed, kept);
    return new Resolver(lex, prompt, found, seed, overrides, kept, unparsed).resolve();
  }

  /** Rejects what is not a prompt: empty, whitespace only, binary data, or too long. */
  static void check(String prompt) {
    if (prompt == null || prompt.isBlank()) {
      throw new BadInputException(
          "prompt", "the prompt is empty", "give words, e.g. \"dark techno at 130 bpm\"");
    }
    if (prompt.length() > MAX_CHARS) {
      throw new BadInputException(
          "prompt",
          "the prompt is " + prompt.length() + " characters long",
          "at most " + MAX_CHARS + " are read; shorten it");
    }
    int control = 0;
    for (int i = 0; i < prompt.length(); i++) {
      char c = prompt.charAt(i);
      if (c == 0 || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
        throw new BadInputException("prompt", "the prompt is not text (binary data)", "give words");
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        control++;
      }
    }
    if (control > 0 && control * 20 > prompt.length()) {
      throw new BadInputException(
          "prompt", "the prompt is not text (control characters)", "give words");
    }
  }

  /** Replaces the norm of misspelled words in place; returns what was replaced. */
  private List<Correction> correct(String prompt, List<Token> tokens) {
    List<Correction> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token tok = tokens.get(i);
      String w = tok.norm();
      if (w.length() < 4 || w.length() > TypoCorrector.LONGEST || lex.knownWords.contains(w)) {
        continue;
      }
      if (!w.chars().allMatch(Character::isLetter)) {
        continue;
      }
      // A capitalized word inside a sentence is a name ("Bonobo"), not a misspelling.
      if (tok.capitalized() && !tok.breakBefore()) {
        continue;
      }
      TypoCorrector.Correction c = corrections.get(w);
      if (c == null) {
        c = corrector.correct(w);
        if (c != null && lex.genreWords.contains(c.word()) && EnglishWords.contains(w)) {
          c = null; // an ordinary word ("door", "grim") is meant, not a genre ("doom", "grime")
        }
        if (corrections.size() < cacheLimit) {
          corrections.put(w, c == null ? NO_CORRECTION : c);
        }
      }
      if (c != null && c != NO_CORRECTION) {
        tokens.set(i, tok.withNorm(c.word()));
        out.add(new Correction(tok.text(), c.word(), tok.start(), tok.end(), c.distance()));
      }
    }
    return out;
  }

  /**
   * Words no recognizer used become {@code unparsed} (adjacent ones merged), except function words
   * ("the", "with", "track"). A correction whose word then went unused is dropped: the word is
   * reported as written instead.
   */
  private void collectUnused(
      String prompt,
      List<Token> tokens,
      boolean[] used,
      List<Correction> corrections,
      List<Unparsed> unparsed,
      List<Correction> kept) {
    int c = 0;
    int runStart = -1;
    int runEnd = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token tok = tokens.get(i);
      while (c < corrections.size() && corrections.get(c).start() < tok.start()) {
        c++;
      }
      boolean corrected = c < corrections.size() && corrections.get(c).start() == tok.start();
      if (used[i]) {
        if (corrected) {
          kept.add(corrections.get(c));
        }
        runStart = flush(prompt, unparsed, runStart, runEnd);
        continue;
      }
      String original = NameKey.normalize(tok.text());
      boolean silent =
          lex.functionWords.contains(original)
              || lex.referenceTriggers.contains(original)
              || lex.trackNouns.contains(original);
      if (silent) {
        runStart = flush(prompt, unparsed, runStart, runEnd);
        continue;
      }
      if (runStart >= 0 && tok.breakBefore()) {
        runStart = flush(prompt, unparsed, runStart, runEnd);
      }
      if (runStart < 0) {
        runStart = tok.start();
      }
      runEnd = tok.end();
    }
    flush(prompt, unparsed, runStart, runEnd);
  }

  private static int flush(String prompt, List<Unparsed> out, int start, int end) {
    if (start >= 0) {
      out.add(new Unparsed(prompt.substring(start, end), start, end));
    }
    return -1;
  }
}
