package dev.cadenza.compose;

import dev.cadenza.music.TimeSignature;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The drum part: the style's one-bar groove with the track's own variations ({@link
 * DrumVariation}), sparse in quiet sections, lifted in loud ones and silent in breakdowns; rolls
 * through builds with a beat of silence before a drop; fills at phrase ends and longer ones, of a
 * kind that changes from section to section, where the music gets louder ({@link Fills}); a crash
 * on each loud section's downbeat, and one kick and crash on the final bar. Velocities are
 * humanised from the seed. Timing is humanised only where the style plays like a drummer ({@link
 * Style#humaniseMs}), and then only a few milliseconds and never for the kick and crash, so the
 * beats in the truth stay where the hits are (the generated-audio tests find a drum onset within 10
 * ms of every beat).
 */
final class Drums {
  /** The most any style may move a hit off the grid. */
  static final double MAX_HUMANISE_MS = 5;

  /** Voices that stay on the grid: the anchors a listener (and a beat tracker) counts from. */
  private static final Set<String> ON_GRID = Set.of("kick", "crash");

  private static final Set<String> SPARSE = Set.of("kick", "closed-hat", "shaker", "ride");
  private static final double FILL_FROM_ENERGY = 0.3;

  /** Section energy from which a layer is added (choruses and drops). */
  private static final double LIFT_FROM = 0.78;

  /** Longest beat (140 bpm) under which a lift may fill the hats to sixteenths. */
  private static final double MIN_LIFT_BEAT = 60.0 / 140;

  /** Mixed into the seed for the variation's stream, independent of the velocity stream. */
  private static final long VARIATION = 0x5DEECE66DL;

  private Drums() {}

  /**
   * The groove for the track's meter: the style's own in 4/4, a meter groove otherwise; none for a
   * style without a drum kit (classical, ambient) in any meter.
   */
  static Map<String, String> groove(Style style, Styles styles, TimeSignature meter) {
    if (style.groove().isEmpty() || meter.numerator() == 4 && meter.denominator() == 4) {
      return style.groove();
    }
    Map<String, String> g = styles.meterGrooves().get(meter.text());
    if (g != null) {
      return g;
    }
    // Any other meter: kick on one, snare half-way, a hat on every beat subdivision.
    int steps = meter.beatsPerBar() * 2;
    Map<String, String> generic = new LinkedHashMap<>();
    generic.put("kick", "X" + ".".repeat(steps - 1));
    StringBuilder snare = new StringBuilder(".".repeat(steps));
    snare.setCharAt(2 * ((meter.beatsPerBar() + 1) / 2), 'X');
    generic.put("snare", snare.toString());
    generic.put("closed-hat", "x.".repeat(meter.beatsPerBar()));
    return generic;
  }

  /**
   * The drum part of a track.
   *
   * @param played whether the style is played by a drummer (ghost notes on the snare) rather than
   *     programmed (a percussion loop)
   * @param humaniseMs how far hits other than the kick and crash stray from the grid
   */
  static List<Note> write(
      BarGrid f,
      Map<String, String> groove,
      Set<String> allowed,
      Styles styles,
      boolean played,
      double humaniseMs,
      long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    // Timing draws from a stream of its own, so velocities are the same with or without it.
    Timing timing = new Timing(new SplittableRandom(seed).split(), humaniseMs / 1000);
    DrumVariation variation =
        DrumVariation.draw(
            groove,
            allowed,
            played,
            f.meter().beatsPerBar(),
            new SplittableRandom(seed ^ VARIATION));
    Kit kit = new Kit(new ArrayList<>(), styles, allowed, rng, timing);
    for (int bar = 0; bar < f.totalBars(); bar++) {
      FormSection s = f.section(bar);
      if (f.finalBar(bar) && f.totalBars() > 1) {
        kit.hit("kick", f.barStart(bar), 1.0, 0.95);
        kit.hit("crash", f.barStart(bar), 2.0, 0.9);
      } else if (s.energy() >= FILL_FROM_ENERGY && !s.label().equalsIgnoreCase("breakdown")) {
        playBar(f, bar, groove, variation, kit);
      }
    }
    kit.notes.sort(
        java.util.Comparator.comparingDouble((Note n) -> n.event().startSeconds())
            .thenComparing(Note::instrument));
    return kit.notes;
  }

  /**
   * One bar of a section: the groove, thinned in quiet sections and lifted in loud ones, with the
   * track's ghost notes every second bar and its pickup kick closing each four-bar group; a roll
   * through a build; a fill where a phrase or the section ends; silence on the beat before a drop.
   */
  private static void playBar(
      BarGrid f, int bar, Map<String, String> groove, DrumVariation variation, Kit kit) {
    FormSection s = f.section(bar);
    int inSection = bar - s.firstBar();
    FormSection next = nextSection(f, s);
    boolean sparse = s.energy() < 0.45;
    boolean build = s.label().equalsIgnoreCase("build");
    boolean dropNext = next != null && next.energy() >= 0.95 && next.energy() > s.energy();
    boolean lastBar = f.lastBarOfSection(bar);
    int fillBeats = lastBar && !sparse ? fillBeats(s, next) : !sparse && inSection % 8 == 7 ? 1 : 0;
    if (fillBeats > 0 && !kit.allowed.contains(fillVoice(kit.allowed))) {
      fillBeats = 0;
    }
    double silentFrom =
        lastBar && build && dropNext ? f.barStart(bar + 1) - f.beatSeconds() : Double.MAX_VALUE;
    kit.silenceFrom(silentFrom);
    if (inSection == 0 && s.energy() >= 0.55) {
      kit.hit("crash", f.barStart(bar), 2.0, 0.8);
    }
    for (Map.Entry<String, String> e : groove.entrySet()) {
      String voice = e.getKey();
      if (sparse && !SPARSE.contains(voice) || s.energy() < 0.6 && voice.equals("open-hat")) {
        continue;
      }
      playRow(f, bar, voice, e.getValue(), s.energy(), fillBeats, kit);
    }
    if (!sparse && s.energy() >= LIFT_FROM && !build) {
      lift(f, bar, groove, s.energy(), kit);
    }
    if (!sparse) {
      layer(f, bar, rowLength(groove), inSection % 2 == 1, variation, kit);
    }
    if (!sparse && inSection % 4 == 3 && variation.pickupStep() >= 0 && fillBeats < 2) {
      int steps = rowLength(groove);
      kit.play("kick", f.stepTime(bar, variation.pickupStep(), steps), f.barSeconds() / steps, 0.7);
    }
    if (build) {
      roll(f, bar, s, kit);
    }
    if (fillBeats > 0 && silentFrom == Double.MAX_VALUE) {
      Fills.play(f, bar, variation.fill(f.sectionOfBar()[bar]), fillBeats, lastBar, kit);
    }
  }

  /** The track's layer, its answer in every second bar, its extra kick and its open hat. */
  private static void layer(
      BarGrid f, int bar, int steps, boolean answering, DrumVariation v, Kit kit) {
    double stepSeconds = f.barSeconds() / steps;
    if (v.layerVoice() != null) {
      for (int step : v.layerIn(bar)) {
        kit.play(v.layerVoice(), f.stepTime(bar, step, steps), stepSeconds, 0.35);
      }
      if (answering && v.answerStep() >= 0) {
        kit.play(v.layerVoice(), f.stepTime(bar, v.answerStep(), steps), stepSeconds, 0.5);
      }
    }
    if (v.kickIn(bar) >= 0) {
      kit.play("kick", f.stepTime(bar, v.kickIn(bar), steps), stepSeconds, 0.75);
    }
    if (v.openHatStep() >= 0 && f.section(bar).energy() >= 0.6) {
      kit.play("open-hat", f.stepTime(bar, v.openHatStep(), steps), 2 * stepSeconds, 0.5);
    }
  }

  /** Beats of the fill that closes a section: longer as the music ahead gets louder. */
  private static int fillBeats(FormSection s, FormSection next) {
    if (next == null) {
      return 1;
    }
    if (next.energy() >= 0.95 && next.energy() > s.energy()) {
      return Math.min(4, 2 + (int) Math.round(2 * next.energy() - 2 * s.energy()));
    }
    return next.energy() > s.energy() ? 2 : 1;
  }

  private static FormSection nextSection(BarGrid f, FormSection s) {
    int i = f.sections().indexOf(s);
    return i + 1 < f.sections().size() ? f.sections().get(i + 1) : null;
  }

  private static int rowLength(Map<String, String> groove) {
    return groove.values().stream().mapToInt(String::length).max().orElse(16);
  }

  private static void playRow(
      BarGrid f, int bar, String voice, String pattern, double energy, int fillBeats, Kit kit) {
    int steps = pattern.length();
    int fillFrom = steps - fillBeats * steps / f.meter().beatsPerBar();
    double stepSeconds = f.barSeconds() / steps;
    double energyScale = 0.8 + 0.2 * energy;
    for (int step = 0; step < steps; step++) {
      char c = pattern.charAt(step);
      double t = f.stepTime(bar, step, steps);
      if (c == '.' || step >= fillFrom && !keepsTimeInFill(voice)) {
        continue;
      }
      if (c == 'r') {
        for (int k = 0; k < 3; k++) {
          kit.play(
              voice, t + k * stepSeconds / 3, stepSeconds / 3, (0.45 + 0.12 * k) * energyScale);
        }
      } else {
        double base = c == 'X' ? 1.0 : c == 'o' ? 0.45 : 0.8;
        kit.play(voice, t, stepSeconds, base * energyScale);
      }
    }
  }

  /**
   * A loud section gets a layer the quieter ones lack, as a chorus or drop opens up: a shaker in
   * sixteenths when the kit has one the groove does not play, else eighth-note hats filled to soft
   * sixteenths.
   */
  private static void lift(BarGrid f, int bar, Map<String, String> groove, double energy, Kit kit) {
    int steps = rowLength(groove);
    boolean shaker = kit.allowed.contains("shaker") && !groove.containsKey("shaker");
    // Sixteenth hats are a simple metre's lift, and only up to a tempo where they still read as
    // a subdivision rather than a new pulse (drum and bass keeps its eighths).
    boolean simple = f.meter().subdivision() == 2 && steps == 4 * f.meter().beatsPerBar();
    String hats = simple && f.beatSeconds() >= MIN_LIFT_BEAT ? groove.get("closed-hat") : null;
    if (hats != null && !onEveryEighth(hats)) {
      hats = null; // off-beat hats (house) are the idiom itself; filling them would erase it
    }
    if (!shaker && hats == null) {
      return;
    }
    for (int step = 0; step < steps; step++) {
      double t = f.stepTime(bar, step, steps);
      if (shaker) {
        kit.play("shaker", t, f.barSeconds() / steps, (step % 2 == 0 ? 0.5 : 0.35) * energy);
      } else if (step < hats.length() && hats.charAt(step) == '.' && step % 2 == 1) {
        kit.play("closed-hat", t, f.barSeconds() / steps, 0.35 * energy);
      }
    }
  }

  /**
   * A build's snare roll: quarter notes through the first quarter of the section, eighths, then
   * sixteenths, then thirty-seconds in its last quarter, rising in level; none on the silent beat
   * before a drop.
   */
  private static void roll(BarGrid f, int bar, FormSection s, Kit kit) {
    String voice = kit.allowed.contains("snare") ? "snare" : "clap";
    double progress = (bar - s.firstBar()) / (double) s.bars();
    int perBeat = 1 << Math.min(3, (int) (progress * 4));
    int hits = f.meter().beatsPerBar() * perBeat;
    double step = f.barSeconds() / hits;
    for (int k = 0; k < hits; k++) {
      double level = 0.35 + 0.6 * (progress + k / (double) hits / s.bars());
      kit.play(voice, f.barStart(bar) + k * step, step, Math.min(1, level));
    }
  }

  private static boolean onEveryEighth(String row) {
    for (int step = 0; step < row.length(); step += 2) {
      if (row.charAt(step) == '.') {
        return false;
      }
    }
    return true;
  }

  static String fillVoice(Set<String> allowed) {
    return allowed.contains("snare") ? "snare" : allowed.contains("tom") ? "tom" : "clap";
  }

  /** Hats, ride and kick keep playing under a fill so the pulse never drops out. */
  private static boolean keepsTimeInFill(String voice) {
    return voice.contains("hat") || voice.equals("ride") || voice.equals("kick");
  }

  /**
   * Moves hits off the grid by a triangular amount within ±{@code reach} seconds (the difference of
   * two uniform draws: small shifts common, the largest rare), as a drummer's hits scatter around
   * the beat. Every hit draws, on the grid or not, so one voice's shifts do not depend on which
   * other voices the kit has.
   */
  record Timing(SplittableRandom rng, double reach) {
    double shift(String voice, double t) {
      double offset = reach * (rng.nextDouble() - rng.nextDouble());
      return ON_GRID.contains(voice) || reach == 0 ? t : Math.max(0, t + offset);
    }
  }

  /**
   * The kit as the part writers play it: every hit of an allowed voice becomes a note at the
   * voice's General MIDI pitch, with velocity humanised and timing shifted as the style plays.
   */
  static final class Kit {
    final List<Note> notes;
    final Set<String> allowed;
    private final Styles styles;
    private final SplittableRandom rng;
    private final Timing timing;
    private double silentFrom = Double.MAX_VALUE;

    Kit(List<Note> notes, Styles styles, Set<String> allowed, SplittableRandom rng, Timing timing) {
      this.notes = notes;
      this.styles = styles;
      this.allowed = allowed;
      this.rng = rng;
      this.timing = timing;
    }

    /** Hits from {@code t} on (in the bar being written) are not played: the beat before a drop. */
    void silenceFrom(double t) {
      silentFrom = t;
    }

    /** A played hit: humanised velocity and timing. */
    void play(String voice, double t, double duration, double velocity) {
      hit(voice, timing.shift(voice, t), duration, humanised(velocity));
    }

    /** A hit exactly as given. */
    void hit(String voice, double t, double duration, double velocity) {
      hitAt(voice, t, duration, velocity, styles.midiDrums().getOrDefault(voice, 38));
    }

    /** A hit at a pitch of its own (a tom run's drums). */
    void hitAt(String voice, double t, double duration, double velocity, int pitch) {
      if (allowed.contains(voice) && t < silentFrom - 1e-9) {
        notes.add(new Note(voice, new NoteEvent(t, duration, pitch, velocity)));
      }
    }

    double humanised(double velocity) {
      return Math.max(0.05, Math.min(1.0, velocity + (rng.nextDouble() - 0.5) * 0.12));
    }
  }
}
