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
 * The drum part: the style's one-bar groove repeated, sparse in quiet sections and silent in
 * breakdowns, a fill on the last beat of each section, a crash on each loud section's downbeat, and
 * one kick and crash on the final bar. Velocities are humanised from the seed. Timing is humanised
 * only where the style plays like a drummer ({@link Style#humaniseMs}), and then only a few
 * milliseconds and never for the kick and crash, so the beats in the truth stay where the hits are
 * (the generated-audio tests find a drum onset within 10 ms of every beat).
 */
final class Drums {
  /** The most any style may move a hit off the grid. */
  static final double MAX_HUMANISE_MS = 5;

  /** Voices that stay on the grid: the anchors a listener (and a beat tracker) counts from. */
  private static final Set<String> ON_GRID = Set.of("kick", "crash");

  private static final Set<String> SPARSE = Set.of("kick", "closed-hat", "shaker", "ride");
  private static final double FILL_FROM_ENERGY = 0.3;

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

  static List<Note> write(
      BarGrid f,
      Map<String, String> groove,
      Set<String> allowed,
      Styles styles,
      double humaniseMs,
      long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    // Timing draws from a stream of its own, so velocities are the same with or without it.
    Timing timing = new Timing(new SplittableRandom(seed).split(), humaniseMs / 1000);
    List<Note> notes = new ArrayList<>();
    String fillVoice =
        allowed.contains("snare") ? "snare" : allowed.contains("tom") ? "tom" : "clap";
    for (int bar = 0; bar < f.totalBars(); bar++) {
      FormSection s = f.section(bar);
      boolean sectionStart = bar == s.firstBar();
      if (f.finalBar(bar) && f.totalBars() > 1) {
        add(notes, styles, allowed, "kick", f.barStart(bar), 1.0, 0.95);
        add(notes, styles, allowed, "crash", f.barStart(bar), 2.0, 0.9);
        continue;
      }
      if (s.energy() < FILL_FROM_ENERGY || s.label().equalsIgnoreCase("breakdown")) {
        continue;
      }
      boolean sparse = s.energy() < 0.45;
      boolean fill = f.lastBarOfSection(bar) && !sparse && allowed.contains(fillVoice);
      if (sectionStart && s.energy() >= 0.55) {
        add(notes, styles, allowed, "crash", f.barStart(bar), 2.0, 0.8);
      }
      for (Map.Entry<String, String> e : groove.entrySet()) {
        String voice = e.getKey();
        String pattern = e.getValue();
        if (sparse && !SPARSE.contains(voice)) {
          continue;
        }
        int steps = pattern.length();
        int fillFrom = steps - steps / f.meter().beatsPerBar();
        for (int step = 0; step < steps; step++) {
          char c = pattern.charAt(step);
          if (c == '.' || (fill && step >= fillFrom && !keepsTimeInFill(voice))) {
            continue;
          }
          double t = f.stepTime(bar, step, steps);
          double stepSeconds = f.barSeconds() / steps;
          double base = c == 'X' ? 1.0 : c == 'o' ? 0.45 : 0.8;
          double energyScale = 0.8 + 0.2 * s.energy();
          if (c == 'r') {
            for (int k = 0; k < 3; k++) {
              double v = humanise(rng, (0.45 + 0.12 * k) * energyScale);
              double at = timing.shift(voice, t + k * stepSeconds / 3);
              add(notes, styles, allowed, voice, at, stepSeconds / 3, v);
            }
          } else {
            double v = humanise(rng, base * energyScale);
            add(notes, styles, allowed, voice, timing.shift(voice, t), stepSeconds, v);
          }
        }
      }
      if (fill) {
        int steps = f.meter().stepsPerBeat() * 2;
        double stepSeconds = f.beatSeconds() / steps;
        double from = f.barStart(bar + 1) - f.beatSeconds();
        for (int k = 0; k < steps; k++) {
          double v = humanise(rng, 0.6 + 0.35 * k / (steps - 1));
          double at = timing.shift(fillVoice, from + k * stepSeconds);
          add(notes, styles, allowed, fillVoice, at, stepSeconds, v);
        }
      }
    }
    notes.sort(
        java.util.Comparator.comparingDouble((Note n) -> n.event().startSeconds())
            .thenComparing(Note::instrument));
    return notes;
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
  private record Timing(SplittableRandom rng, double reach) {
    double shift(String voice, double t) {
      double offset = reach * (rng.nextDouble() - rng.nextDouble());
      return ON_GRID.contains(voice) || reach == 0 ? t : Math.max(0, t + offset);
    }
  }

  private static double humanise(SplittableRandom rng, double v) {
    return Math.max(0.05, Math.min(1.0, v + (rng.nextDouble() - 0.5) * 0.12));
  }

  private static void add(
      List<Note> notes,
      Styles styles,
      Set<String> allowed,
      String voice,
      double t,
      double duration,
      double velocity) {
    if (!allowed.contains(voice)) {
      return;
    }
    int pitch = styles.midiDrums().getOrDefault(voice, 38);
    notes.add(new Note(voice, new NoteEvent(t, duration, pitch, velocity)));
  }
}
