package dev.cadenza.compose;

import dev.cadenza.music.Genre;
import dev.cadenza.music.GenreTable;
import dev.cadenza.music.InstrumentTable;
import dev.cadenza.music.Key;
import dev.cadenza.music.PlayingRanges;
import dev.cadenza.music.ProductionHints;
import dev.cadenza.music.Roles;
import dev.cadenza.music.Tempo;
import dev.cadenza.music.TimeSignature;
import dev.cadenza.spec.TrackLimits;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.Instruments;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * TrackSpec → {@link Arrangement}: form, harmony, drums, bass, chords, pad, hook and effects for
 * the spec's genre family, from one seed. Pure and deterministic: no audio, no clock, no hash
 * order.
 */
public final class Composer {
  static final double MAX_SECONDS = TrackLimits.MAX_SECONDS;
  static final int MAX_BARS = 4000;

  /** Section energy from which the pad doubles its top voice an octave up (choruses, drops). */
  private static final double OPEN_PAD_FROM = 0.75;

  private final GenreTable genres;
  private final Styles styles;
  private final InstrumentTable instruments;
  private final Roles roles;
  private final InstrumentRequests requests;

  public Composer(GenreTable genres, Styles styles, InstrumentTable instruments, Roles roles) {
    this.genres = genres;
    this.styles = styles;
    this.instruments = instruments;
    this.roles = roles;
    this.requests = new InstrumentRequests(styles, instruments, roles);
  }

  public static Composer standard() {
    return new Composer(
        GenreTable.standard(), Styles.standard(), InstrumentTable.standard(), Roles.standard());
  }

  /**
   * Composes a spec.
   *
   * @throws IllegalArgumentException naming the field of the spec that cannot be rendered
   */
  public Arrangement compose(TrackSpec spec, long seed) {
    Genre genre = genre(spec.genre());
    Style style =
        drumsAsked(spec)
            ? styles.withDrumsAsked(style(genre, spec.subgenre()))
            : style(genre, spec.subgenre());
    double bpm = bpm(spec);
    TimeSignature meter = timeSignature(spec, genre);
    Key key = key(spec, genre);
    double beatSeconds = 60.0 / bpm;
    double barSeconds = beatSeconds * meter.beatsPerBar();
    int totalBars = totalBars(spec, barSeconds);

    SplittableRandom rng = new SplittableRandom(seed);
    boolean loopable = Boolean.TRUE.equals(spec.loopable());
    Character character = Character.of(spec);
    TimedForm.Laid form =
        TimedForm.lay(
            labels(spec, genre, loopable), totalBars, barSeconds, styles, spec.sectionTimings());
    List<FormSection> sections = character.energise(form.sections());
    KeyPlan.Planned keys = KeyPlan.plan(key, sections, spec.keyChanges(), loopable);
    Map<String, List<String>> progressions =
        SectionProgressions.choose(style.progressions(), sections, twoIsMinor(key), rng);
    ChordSpan[] chordOfBar =
        chords(keys.sectionKeys(), style, progressions, sections, totalBars, barSeconds, loopable);
    BarGrid grid =
        new BarGrid(
            beatSeconds,
            meter,
            totalBars,
            sections,
            sectionOfBar(sections, totalBars),
            chordOfBar,
            key,
            keys.sectionKeys(),
            swing(spec, genre),
            loopable);
    List<String> warnings = new ArrayList<>(form.warnings());
    warnings.addAll(keys.warnings());
    List<Part> parts =
        Dynamics.shape(
            character.play(parts(spec, style, genre, grid, character, rng, warnings)), spec, grid);
    warnings.addAll(Dynamics.unrendered(spec, ProductionHints.standard()));
    return new Arrangement(
        seed,
        loopable,
        genre.name(),
        bpm,
        key,
        meter,
        totalBars * barSeconds,
        beats(grid),
        downbeats(grid),
        sections,
        mergeChords(chordOfBar),
        keySpans(keys, sections),
        parts,
        warnings,
        ProductionHints.standard().renderedBy(ProductionHints.MIX, spec.productionHints()));
  }

  /** Whether the prompt names a drum instrument ("soft drums", "hi-hats"). */
  private static boolean drumsAsked(TrackSpec spec) {
    return spec.instruments().stream().anyMatch(i -> "drums".equals(spec.instrumentRoles().get(i)));
  }

  private Style style(Genre genre, String subgenre) {
    Style style = styles.forGenre(genre, subgenre);
    if (style == null) {
      throw new IllegalStateException("no composition style for genre " + genre.name());
    }
    return style;
  }

  private static double bpm(TrackSpec spec) {
    double bpm = spec.bpm();
    if (!Tempo.playable(bpm)) {
      throw new IllegalArgumentException("bpm must be " + Tempo.range("..") + ": " + bpm);
    }
    return bpm;
  }

  private static TimeSignature timeSignature(TrackSpec spec, Genre genre) {
    String ts = spec.timeSignature() == null ? genre.timeSignature() : spec.timeSignature();
    TimeSignature meter = TimeSignature.parse(ts);
    if (meter == null) {
      throw new IllegalArgumentException("timeSignature \"" + ts + "\" is not n/2, n/4 or n/8");
    }
    return meter;
  }

  /** The spec's key; a mode or a whole key left out is the genre's mode (on C). */
  private static Key key(TrackSpec spec, Genre genre) {
    if (spec.key() == null) {
      return Key.of("C", genre.mode());
    }
    return Key.of(spec.key().tonic(), spec.key().mode() == null ? genre.mode() : spec.key().mode());
  }

  private static double swing(TrackSpec spec, Genre genre) {
    double swing = spec.swing() != null ? spec.swing() : genre.swing();
    return Math.max(0, Math.min(1, swing));
  }

  /**
   * The section labels of the form: the spec's structure, else the genre's form; a loop drops the
   * intro and outro unless the prompt asked for the form.
   */
  private static List<String> labels(TrackSpec spec, Genre genre, boolean loopable) {
    List<String> labels =
        !spec.structure().isEmpty()
            ? spec.structure()
            : !genre.form().isEmpty() ? genre.form() : List.of("intro", "verse", "chorus", "outro");
    TrackSpec.Provenance structureSource = spec.provenance().get("structure");
    boolean formAsked =
        !spec.structure().isEmpty()
            && (structureSource == null || !"genre-default".equals(structureSource.source()));
    return loopable && !formAsked ? loopForm(labels) : labels;
  }

  private static int[] sectionOfBar(List<FormSection> sections, int totalBars) {
    int[] sectionOfBar = new int[totalBars];
    for (int i = 0; i < sections.size(); i++) {
      FormSection s = sections.get(i);
      for (int b = s.firstBar(); b < s.firstBar() + s.bars(); b++) {
        sectionOfBar[b] = i;
      }
    }
    return sectionOfBar;
  }

  /**
   * Every part the style plays and the spec does not exclude, in the order of the mix: drums, bass,
   * chords, pad, lead, effects, texture. Each part with notes draws its seed in that order too.
   */
  private List<Part> parts(
      TrackSpec spec,
      Style style,
      Genre genre,
      BarGrid grid,
      Character character,
      SplittableRandom rng,
      List<String> warnings) {
    Set<String> excluded = excludedSynths(spec);
    Map<String, String> picks = picks(spec, style, genre, excluded, warnings);
    long drumSeed = rng.nextLong();
    long bassSeed = rng.nextLong();
    long leadSeed = rng.nextLong();
    long fxSeed = rng.nextLong();
    List<Part> parts = new ArrayList<>();
    add(parts, "drums", null, drumPart(style, grid, excluded, drumSeed));
    String bass = picks.get("bass");
    if (bass != null) {
      add(parts, "bass", bass, Bassline.write(grid, style.bass(), bass, bassSeed));
    }
    String chords = picks.get("chords");
    if (chords != null) {
      add(
          parts,
          "chords",
          chords,
          Comping.write(grid, chords, style.chordRhythm(), style.quietRhythm(), style.voicing()));
    }
    String lead = picks.get("lead");
    List<Note> tune =
        lead == null
            ? List.of()
            : Melody.write(grid, lead, leadRange(style, lead), character, leadSeed);
    String pad = picks.get("pad");
    if (pad != null) {
      List<Note> padNotes = new ArrayList<>(padPart(grid, pad));
      padNotes.addAll(CounterMelody.against(grid, tune, pad));
      padNotes.sort(java.util.Comparator.comparingDouble((Note n) -> n.event().startSeconds()));
      add(parts, "pad", pad, padNotes);
    }
    if (lead != null) {
      add(parts, "lead", lead, tune);
    }
    List<String> fx = new ArrayList<>(style.parts().fx());
    fx.removeIf(excluded::contains);
    if (!fx.isEmpty()) {
      add(parts, "fx", fx.get(0), Effects.write(grid, fx, style.humaniseMs() == 0, fxSeed));
    }
    String texture = picks.get("texture");
    if (texture != null) {
      add(parts, "texture", texture, Texture.write(grid, texture));
    }
    return parts;
  }

  /** The style's groove on the kit the spec leaves, or no notes when nothing of it is left. */
  private List<Note> drumPart(Style style, BarGrid grid, Set<String> excluded, long seed) {
    Map<String, String> groove = Drums.groove(style, styles, grid.meter());
    Set<String> kit = new TreeSet<>(style.kit());
    kit.addAll(groove.keySet());
    if (style.humaniseMs() == 0 && kit.contains("kick")) {
      // A programmed kit's percussion loop may take any of these (Drums' variation); a style
      // without a kit (timpani alone) gets none.
      kit.addAll(DrumVariation.PERCUSSION);
    }
    kit.removeIf(v -> excluded.contains(v) || !Instruments.exists(v));
    if (kit.isEmpty() || groove.isEmpty()) {
      return List.of();
    }
    boolean played = style.humaniseMs() > 0;
    List<Note> hits = Drums.write(grid, groove, kit, styles, played, style.humaniseMs(), seed);
    List<Note> drums = new ArrayList<>(hits.size());
    for (Note hit : hits) {
      drums.add(new Note(style.drum(styles, hit.instrument()), hit.event()));
    }
    return drums;
  }

  private static List<Double> beats(BarGrid grid) {
    List<Double> beats = new ArrayList<>();
    for (int i = 0; i < grid.totalBars() * grid.meter().beatsPerBar(); i++) {
      beats.add(i * grid.beatSeconds());
    }
    return beats;
  }

  private static List<Double> downbeats(BarGrid grid) {
    List<Double> downbeats = new ArrayList<>();
    for (int b = 0; b < grid.totalBars(); b++) {
      downbeats.add(b * grid.barSeconds());
    }
    return downbeats;
  }

  private Genre genre(String name) {
    if (name == null || name.isBlank()) {
      return genres.defaultGenre();
    }
    return genres
        .genre(name)
        .orElseThrow(
            () -> {
              List<String> known = new ArrayList<>();
              genres.genres().forEach(g -> known.add(g.name()));
              return new IllegalArgumentException(
                  "unknown genre \"" + name + "\" (known: " + String.join(", ", known) + ")");
            });
  }

  private static int totalBars(TrackSpec spec, double barSeconds) {
    if (spec.bars() != null) {
      if (spec.bars() < 1 || spec.bars() > MAX_BARS) {
        throw new IllegalArgumentException("bars must be 1.." + MAX_BARS + ": " + spec.bars());
      }
      // Counted in bars, the length is the bars' (4000 bars at 20 bpm would be 13 hours).
      TrackLimits.checkLength(spec.bars() * barSeconds, "bars: " + spec.bars() + " bars");
      return spec.bars();
    }
    double d = spec.durationSeconds();
    if (!(d > 0 && d <= MAX_SECONDS)) {
      throw new IllegalArgumentException(
          "durationSeconds must be > 0 and at most " + (int) MAX_SECONDS + ": " + d);
    }
    return (int) Math.max(1, Math.min(MAX_BARS, Math.round(d / barSeconds)));
  }

  /**
   * The genre's form for a loop: without its intro and outro, whose sparse start and ending would
   * jump at the seam every time the loop comes round (unless nothing else is left).
   */
  static List<String> loopForm(List<String> form) {
    List<String> body = new ArrayList<>();
    for (String label : form) {
      if (!label.equalsIgnoreCase("intro") && !label.equalsIgnoreCase("outro")) {
        body.add(label);
      }
    }
    return body.isEmpty() ? form : body;
  }

  /** One span per key when the key changes; none when it does not (the truth's key says it). */
  private static List<KeySpan> keySpans(KeyPlan.Planned keys, List<FormSection> sections) {
    List<KeySpan> spans = new ArrayList<>();
    if (!keys.changes()) {
      return spans;
    }
    for (int i = 0; i < sections.size(); i++) {
      Key k = keys.sectionKeys().get(i);
      FormSection s = sections.get(i);
      KeySpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && last.key().equals(k)) {
        spans.set(spans.size() - 1, new KeySpan(last.start(), s.end(), k));
      } else {
        spans.add(new KeySpan(s.start(), s.end(), k));
      }
    }
    return spans;
  }

  private static boolean twoIsMinor(Key key) {
    return Harmony.symbol(key, Harmony.chordTones(key, "2")).endsWith("m");
  }

  /**
   * One chord a bar, each section playing its own progression ({@link SectionProgressions}). With a
   * cadence the style's phrases close on the tonic (see {@link Phrases}); without one the
   * progression restarts with each section and only the last bar is the tonic. Either way a loop's
   * last bar is not the tonic: it leads back to the first.
   */
  private static ChordSpan[] chords(
      List<Key> sectionKeys,
      Style style,
      Map<String, List<String>> progressions,
      List<FormSection> sections,
      int totalBars,
      double barSec,
      boolean loopable) {
    ChordSpan[] out = new ChordSpan[totalBars];
    List<Integer> previous = null;
    for (int i = 0; i < sections.size(); i++) {
      FormSection s = sections.get(i);
      Key key = sectionKeys.get(i);
      Key next = i + 1 < sections.size() ? sectionKeys.get(i + 1) : key;
      List<String> progression =
          progressions.getOrDefault(
              s.label().toLowerCase(java.util.Locale.ROOT),
              progressions.values().iterator().next());
      for (int j = 0; j < s.bars(); j++) {
        int bar = s.firstBar() + j;
        boolean pivot = j == s.bars() - 1 && !next.equals(key);
        // The bar before a key change plays the new key's dominant seventh, which leads into it.
        List<Integer> tones =
            pivot
                ? Harmony.chordTones(next, "5:d7")
                : Harmony.chordTones(
                    key, token(key, style.cadence(), progression, s, j, totalBars, loopable));
        List<Integer> voicing = Harmony.voice(tones, previous);
        previous = voicing;
        out[bar] =
            new ChordSpan(
                bar * barSec,
                (bar + 1) * barSec,
                Harmony.symbol(pivot ? next : key, tones),
                tones.get(0),
                tones,
                voicing);
      }
    }
    return out;
  }

  private static String token(
      Key key,
      Cadence cadence,
      List<String> progression,
      FormSection s,
      int j,
      int totalBars,
      boolean loopable) {
    boolean lastSection = s.firstBar() + s.bars() == totalBars;
    if (cadence != null) {
      return Phrases.token(key, progression, cadence, j, s.bars(), loopable && lastSection);
    }
    boolean sevenths = progression.stream().anyMatch(t -> t.contains(":"));
    return s.firstBar() + j == totalBars - 1 && !loopable
        ? (sevenths ? "1:7" : "1")
        : progression.get(j % progression.size());
  }

  private static List<ChordSpan> mergeChords(ChordSpan[] bars) {
    List<ChordSpan> merged = new ArrayList<>();
    for (ChordSpan c : bars) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).symbol().equals(c.symbol())) {
        ChordSpan p = merged.get(last);
        merged.set(
            last,
            new ChordSpan(p.start(), c.end(), p.symbol(), p.root(), p.pitchClasses(), p.voicing()));
      } else {
        merged.add(c);
      }
    }
    return merged;
  }

  private Set<String> excludedSynths(TrackSpec spec) {
    Set<String> out = new TreeSet<>();
    for (String name : spec.excludedInstruments()) {
      out.addAll(styles.synthsFor(name));
    }
    return out;
  }

  /**
   * The synth instrument of each melodic part, or none when the spec excludes it: the style's, with
   * the instruments the spec names in their parts ({@link InstrumentRequests}, which says in {@code
   * warnings} what it cannot play as asked).
   */
  private Map<String, String> picks(
      TrackSpec spec, Style style, Genre genre, Set<String> excluded, List<String> warnings) {
    Map<String, String> picks = new java.util.TreeMap<>();
    picks.put("bass", style.parts().bass());
    picks.put("chords", style.parts().chords());
    picks.put("pad", style.parts().pad());
    picks.put("lead", style.parts().lead());
    Map<String, String> byGenre = style.instrumentsByGenre().get(genre.name());
    if (byGenre != null) {
      picks.putAll(byGenre);
    }
    requests.assign(spec, style, excluded, picks, warnings);
    for (String hint :
        ProductionHints.standard().renderedBy(ProductionHints.TEXTURE, spec.productionHints())) {
      // A "vinyl" sound is the record's surface: its crackle, unless a texture is named already.
      picks.putIfAbsent("texture", styles.hintTextures().get(hint));
    }
    picks.values().removeIf(v -> v == null || excluded.contains(v) || !Instruments.exists(v));
    InstrumentRequests.standIns(spec, style, picks, warnings);
    return picks;
  }

  /**
   * The range the lead keeps to: that of the real instrument the style's lead stands in for, or of
   * the one the synth playing it is; a purely electronic lead has the whole keyboard.
   */
  static PlayingRanges.Range leadRange(Style style, String lead) {
    PlayingRanges table = PlayingRanges.table();
    Optional<PlayingRanges.Range> range =
        lead.equals(style.parts().lead()) && style.leadRange() != null
            ? table.instrument(style.leadRange())
            : table.synth(lead);
    return range.orElse(ELECTRONIC);
  }

  private static final PlayingRanges.Range ELECTRONIC =
      new PlayingRanges.Range("electronic", 0, 127);

  private int program(String synth) {
    return styles.midiPrograms().getOrDefault(synth, 0);
  }

  /**
   * Adds a part with notes, at its role's gain, pan and MIDI channel; its program is that of its
   * (first) synth instrument, none for drums.
   */
  private void add(List<Part> parts, String roleName, String synth, List<Note> notes) {
    if (!notes.isEmpty()) {
      Roles.Role role = roles.role(roleName);
      int program = synth == null ? 0 : program(synth);
      parts.add(
          new Part(
              role.name(),
              role.name(),
              role.gainDb(),
              role.pan(),
              role.midiChannel(),
              program,
              notes));
    }
  }

  /**
   * The pad holds each bar's chord; in a chorus or drop it opens up, its top voice doubled an
   * octave higher.
   */
  private static List<Note> padPart(BarGrid f, String instrument) {
    List<Note> notes = new ArrayList<>();
    for (int bar = 0; bar < f.totalBars(); bar++) {
      FormSection s = f.section(bar);
      List<Integer> voicing =
          new ArrayList<>(Revoicing.inSection(f, bar, f.chordOfBar()[bar].voicing()));
      if (s.energy() >= OPEN_PAD_FROM) {
        voicing.add(voicing.get(voicing.size() - 1) + 12);
      }
      double velocity = 0.5 + 0.25 * s.energy();
      double length = f.barSeconds() * 0.98;
      // A 4-3 suspension: at a cadence each of the pad's thirds arrives from the fourth above the
      // root, the way strings and pads lean into the tonic.
      List<Integer> thirds = new ArrayList<>();
      for (int third = cadenceThird(f, bar, voicing);
          third >= 0;
          third = cadenceThird(f, bar, voicing)) {
        thirds.add(voicing.remove(third));
      }
      voices(notes, instrument, f.barStart(bar), length, voicing, velocity);
      for (int pitch : thirds) {
        suspension(notes, instrument, f, bar, pitch, length, velocity);
      }
    }
    return notes;
  }

  /** The fourth above the root for the first half of the bar, then the third it resolves to. */
  private static void suspension(
      List<Note> notes,
      String instrument,
      BarGrid f,
      int bar,
      int third,
      double length,
      double velocity) {
    int fourth = third + (third % 12 == (f.chordOfBar()[bar].root() + 3) % 12 ? 2 : 1);
    double half = f.barSeconds() / 2;
    notes.add(new Note(instrument, new NoteEvent(f.barStart(bar), half, fourth, velocity)));
    notes.add(
        new Note(
            instrument, new NoteEvent(f.barStart(bar) + half, length - half, third, velocity)));
  }

  /**
   * Index in {@code voicing} of the third of a tonic chord reached from its dominant (a cadence),
   * or -1 elsewhere.
   */
  private static int cadenceThird(BarGrid f, int bar, List<Integer> voicing) {
    if (bar == 0 || f.finalBar(bar)) {
      return -1;
    }
    int tonic = f.keyAt(bar).tonic();
    ChordSpan chord = f.chordOfBar()[bar];
    ChordSpan before = f.chordOfBar()[bar - 1];
    if (chord.root() != tonic || before.root() != (tonic + 7) % 12) {
      return -1;
    }
    for (int i = voicing.size() - 1; i >= 0; i--) {
      int interval = Math.floorMod(voicing.get(i) - chord.root(), 12);
      if (interval == 3 || interval == 4) {
        return i;
      }
    }
    return -1;
  }

  private static void voices(
      List<Note> notes, String instrument, double t, double d, List<Integer> voicing, double v) {
    for (int p : voicing) {
      notes.add(new Note(instrument, new NoteEvent(t, d, p, Math.min(1, v))));
    }
  }
}
