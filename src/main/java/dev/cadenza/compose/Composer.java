package dev.cadenza.compose;

import dev.cadenza.music.Genre;
import dev.cadenza.music.GenreTable;
import dev.cadenza.music.Instrument;
import dev.cadenza.music.InstrumentTable;
import dev.cadenza.music.Key;
import dev.cadenza.music.Tempo;
import dev.cadenza.music.TimeSignature;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.Instruments;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * TrackSpec → {@link Arrangement}: form, harmony, drums, bass, chords, pad, hook and effects for
 * the spec's genre family, from one seed. Pure and deterministic: no audio, no clock, no hash
 * order.
 */
public final class Composer {
  static final double MAX_SECONDS = 3600;
  static final int MAX_BARS = 4000;

  private final GenreTable genres;
  private final Styles styles;
  private final InstrumentTable instruments;

  public Composer(GenreTable genres, Styles styles, InstrumentTable instruments) {
    this.genres = genres;
    this.styles = styles;
    this.instruments = instruments;
  }

  public static Composer standard() {
    return new Composer(GenreTable.standard(), Styles.standard(), InstrumentTable.standard());
  }

  /**
   * Composes a spec.
   *
   * @throws IllegalArgumentException naming the field of the spec that cannot be rendered
   */
  public Arrangement compose(TrackSpec spec, long seed) {
    Genre genre = genre(spec.genre());
    Style style = styles.forGenre(genre);
    if (style == null) {
      throw new IllegalStateException("no composition style for genre " + genre.name());
    }
    double bpm = spec.bpm();
    if (!Tempo.playable(bpm)) {
      throw new IllegalArgumentException("bpm must be " + Tempo.range("..") + ": " + bpm);
    }
    String ts = spec.timeSignature() == null ? genre.timeSignature() : spec.timeSignature();
    TimeSignature meter = TimeSignature.parse(ts);
    if (meter == null) {
      throw new IllegalArgumentException("timeSignature \"" + ts + "\" is not n/2, n/4 or n/8");
    }
    Key key =
        spec.key() == null
            ? Key.of("C", genre.mode())
            : Key.of(
                spec.key().tonic(), spec.key().mode() == null ? genre.mode() : spec.key().mode());
    double beatSeconds = 60.0 / bpm;
    double barSeconds = beatSeconds * meter.beatsPerBar();
    int totalBars = totalBars(spec, barSeconds);

    SplittableRandom rng = new SplittableRandom(seed);
    boolean loopable = Boolean.TRUE.equals(spec.loopable());
    List<String> labels =
        !spec.structure().isEmpty()
            ? spec.structure()
            : !genre.form().isEmpty() ? genre.form() : List.of("intro", "verse", "chorus", "outro");
    TrackSpec.Provenance structureSource = spec.provenance().get("structure");
    boolean formAsked =
        !spec.structure().isEmpty()
            && (structureSource == null || !"genre-default".equals(structureSource.source()));
    if (loopable && !formAsked) {
      labels = loopForm(labels);
    }
    List<FormSection> sections = Form.lay(labels, totalBars, barSeconds, styles);
    int[] sectionOfBar = new int[totalBars];
    for (int i = 0; i < sections.size(); i++) {
      FormSection s = sections.get(i);
      for (int b = s.firstBar(); b < s.firstBar() + s.bars(); b++) {
        sectionOfBar[b] = i;
      }
    }
    List<String> progression = style.progressions().get(rng.nextInt(style.progressions().size()));
    ChordSpan[] chordOfBar = chords(key, progression, sections, totalBars, barSeconds, loopable);
    double swing = spec.swing() != null ? spec.swing() : genre.swing();
    swing = Math.max(0, Math.min(1, swing));
    BarGrid grid =
        new BarGrid(
            beatSeconds,
            meter,
            totalBars,
            sections,
            sectionOfBar,
            chordOfBar,
            key,
            swing,
            loopable);

    Set<String> excluded = excludedSynths(spec);
    Map<String, String> picks = picks(spec, style, genre, excluded);
    List<Part> parts = new ArrayList<>();
    Map<String, String> groove = Drums.groove(style, styles, meter);
    Set<String> kit = new TreeSet<>(style.parts().drums());
    kit.addAll(groove.keySet());
    kit.removeIf(v -> excluded.contains(v) || !Instruments.exists(v));
    long drumSeed = rng.nextLong();
    long bassSeed = rng.nextLong();
    long leadSeed = rng.nextLong();
    if (!kit.isEmpty() && !groove.isEmpty()) {
      add(
          parts,
          "drums",
          "drums",
          -3,
          0,
          9,
          0,
          Drums.write(grid, groove, kit, styles, style.humaniseMs(), drumSeed));
    }
    String bass = picks.get("bass");
    if (bass != null) {
      String kick = meter.numerator() == 4 ? style.groove().get("kick") : null;
      add(
          parts,
          "bass",
          "bass",
          -4,
          0,
          1,
          program(bass),
          Bassline.write(grid, style.bass(), bass, kick, bassSeed));
    }
    String chords = picks.get("chords");
    if (chords != null) {
      add(
          parts,
          "chords",
          "chords",
          -8,
          -0.25,
          2,
          program(chords),
          chordPart(grid, chords, style.chordRhythm()));
    }
    String pad = picks.get("pad");
    if (pad != null) {
      add(parts, "pad", "pad", -12, 0, 3, program(pad), padPart(grid, pad));
    }
    String lead = picks.get("lead");
    if (lead != null) {
      add(parts, "lead", "lead", -8, 0.2, 4, program(lead), Melody.write(grid, lead, leadSeed));
    }
    List<String> fx = new ArrayList<>(style.parts().fx());
    fx.removeIf(excluded::contains);
    if (!fx.isEmpty()) {
      add(parts, "fx", "fx", -12, 0, 5, program(fx.get(0)), fxPart(grid, fx));
    }

    List<Double> beats = new ArrayList<>();
    for (int i = 0; i < totalBars * meter.beatsPerBar(); i++) {
      beats.add(i * beatSeconds);
    }
    List<Double> downbeats = new ArrayList<>();
    for (int b = 0; b < totalBars; b++) {
      downbeats.add(b * barSeconds);
    }
    return new Arrangement(
        seed,
        loopable,
        genre.name(),
        bpm,
        key,
        meter,
        totalBars * barSeconds,
        beats,
        downbeats,
        sections,
        mergeChords(chordOfBar),
        parts);
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

  /**
   * One chord a bar: the progression restarts with each section; the last bar is the tonic unless
   * the track loops.
   */
  private static ChordSpan[] chords(
      Key key,
      List<String> progression,
      List<FormSection> sections,
      int totalBars,
      double barSec,
      boolean loopable) {
    ChordSpan[] out = new ChordSpan[totalBars];
    boolean sevenths = progression.stream().anyMatch(t -> t.contains(":"));
    List<Integer> previous = null;
    for (FormSection s : sections) {
      for (int j = 0; j < s.bars(); j++) {
        int bar = s.firstBar() + j;
        // A track that ends closes on the tonic; a loop keeps its progression, which starts on the
        // tonic again when it comes round.
        String token =
            bar == totalBars - 1 && !loopable
                ? (sevenths ? "1:7" : "1")
                : progression.get(j % progression.size());
        List<Integer> tones = Harmony.chordTones(key, token);
        List<Integer> voicing = Harmony.voice(tones, previous);
        previous = voicing;
        out[bar] =
            new ChordSpan(
                bar * barSec,
                (bar + 1) * barSec,
                Harmony.symbol(key, tones),
                tones.get(0),
                tones,
                voicing);
      }
    }
    return out;
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

  /** The synth instrument of each melodic part, or none when the spec excludes it. */
  private Map<String, String> picks(
      TrackSpec spec, Style style, Genre genre, Set<String> excluded) {
    Map<String, String> picks = new java.util.TreeMap<>();
    picks.put("bass", style.parts().bass());
    picks.put("chords", style.parts().chords());
    picks.put("pad", style.parts().pad());
    picks.put("lead", style.parts().lead());
    Map<String, String> byGenre = style.instrumentsByGenre().get(genre.name());
    if (byGenre != null) {
      picks.putAll(byGenre);
    }
    Set<String> wantedParts = new LinkedHashSet<>();
    for (String name : spec.instruments()) {
      String role = spec.instrumentRoles().get(name);
      if (role == null) {
        role = instruments.instrument(name).map(Instrument::role).orElse("");
      }
      String part = partOf(role);
      List<String> synths = styles.synthsFor(name);
      if (part == null || synths.isEmpty() || wantedParts.contains(part)) {
        continue;
      }
      for (String synth : synths) {
        if (!excluded.contains(synth)) {
          picks.put(part, synth);
          wantedParts.add(part);
          break;
        }
      }
    }
    picks.values().removeIf(v -> v == null || excluded.contains(v) || !Instruments.exists(v));
    return picks;
  }

  private static String partOf(String role) {
    return switch (role.toLowerCase(Locale.ROOT)) {
      case "bass" -> "bass";
      case "chords" -> "chords";
      case "pad", "strings" -> "pad";
      case "lead", "pluck", "arp", "brass", "woodwind" -> "lead";
      default -> null;
    };
  }

  private int program(String synth) {
    return styles.midiPrograms().getOrDefault(synth, 0);
  }

  private static void add(
      List<Part> parts,
      String name,
      String role,
      double gainDb,
      double pan,
      int channel,
      int program,
      List<Note> notes) {
    if (!notes.isEmpty()) {
      parts.add(new Part(name, role, gainDb, pan, channel, program, notes));
    }
  }

  private static List<Note> chordPart(BarGrid f, String instrument, String rhythm) {
    List<Note> notes = new ArrayList<>();
    boolean common = f.meter().numerator() == 4 && f.meter().denominator() == 4;
    String pattern = common && rhythm != null && !rhythm.isEmpty() ? rhythm : "x";
    int steps = pattern.length();
    for (int bar = 0; bar < f.totalBars(); bar++) {
      FormSection s = f.section(bar);
      List<Integer> voicing = f.chordOfBar()[bar].voicing();
      if (f.finalBar(bar)) {
        voices(notes, instrument, f.barStart(bar), f.barSeconds(), voicing, 0.75);
        continue;
      }
      if (s.energy() < 0.45 && !s.label().equalsIgnoreCase("breakdown")) {
        continue;
      }
      List<Integer> hits = new ArrayList<>();
      for (int i = 0; i < steps; i++) {
        if (pattern.charAt(i) != '.') {
          hits.add(i);
        }
      }
      for (int i = 0; i < hits.size(); i++) {
        int step = hits.get(i);
        int next = i + 1 < hits.size() ? hits.get(i + 1) : steps;
        double t = f.stepTime(bar, step, steps);
        double d = (next - step) * f.barSeconds() / steps * 0.85;
        voices(notes, instrument, t, d, voicing, 0.55 + 0.2 * s.energy());
      }
    }
    return notes;
  }

  private static List<Note> padPart(BarGrid f, String instrument) {
    List<Note> notes = new ArrayList<>();
    for (int bar = 0; bar < f.totalBars(); bar++) {
      FormSection s = f.section(bar);
      voices(
          notes,
          instrument,
          f.barStart(bar),
          f.barSeconds() * 0.98,
          f.chordOfBar()[bar].voicing(),
          0.5 + 0.25 * s.energy());
    }
    return notes;
  }

  private static void voices(
      List<Note> notes, String instrument, double t, double d, List<Integer> voicing, double v) {
    for (int p : voicing) {
      notes.add(new Note(instrument, new NoteEvent(t, d, p, Math.min(1, v))));
    }
  }

  /** Risers into sections that lift the energy, impacts on the loudest, downlifters into calm. */
  private static List<Note> fxPart(BarGrid f, List<String> fx) {
    List<Note> notes = new ArrayList<>();
    List<FormSection> sections = f.sections();
    for (int i = 1; i < sections.size(); i++) {
      FormSection prev = sections.get(i - 1);
      FormSection s = sections.get(i);
      if (fx.contains("riser") && s.energy() - prev.energy() >= 0.3) {
        int bars = Math.min(2, prev.bars());
        double t = s.start() - bars * f.barSeconds();
        notes.add(new Note("riser", new NoteEvent(t, bars * f.barSeconds(), 60, 0.8)));
      }
      if (fx.contains("impact") && s.energy() >= 0.95) {
        notes.add(new Note("impact", new NoteEvent(s.start(), f.barSeconds(), 36, 0.9)));
      }
      if (fx.contains("downlifter") && prev.energy() - s.energy() >= 0.3) {
        notes.add(
            new Note(
                "downlifter",
                new NoteEvent(s.start(), Math.min(2, s.bars()) * f.barSeconds(), 60, 0.7)));
      }
    }
    notes.sort(java.util.Comparator.comparingDouble((Note n) -> n.event().startSeconds()));
    return notes;
  }
}
