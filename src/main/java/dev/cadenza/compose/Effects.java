package dev.cadenza.compose;

import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The effects part, placed by the form. At every section boundary: a riser into a section that
 * lifts the energy (spanning a build, and longer each time the track lifts again), an impact on the
 * downbeat of the loudest sections, a downlifter into calm, and a short swell (the reverse cymbal's
 * gesture) into a section that neither lifts nor falls. A programmed idiom also marks the phrases
 * of its loud sections the way a producer's effects track does: a sweep into each 8-bar phrase,
 * longer at larger boundaries (see {@link #phrases}).
 */
final class Effects {
  /** A riser, downlifter or swell is written on this pitch (the noise sweeps ignore it). */
  private static final int SWEEP_PITCH = 60;

  /**
   * Written an octave under the riser so the MIDI tells the two falling and rising noises apart.
   */
  private static final int FALL_PITCH = 48;

  /** Impacts are written on a low C, where a boom sits. */
  private static final int IMPACT_PITCH = 36;

  /** Energy change between sections that makes a transition a fall (or a lift: a riser). */
  private static final double STEP = 0.3;

  /** A verse into its chorus (0.55 to 0.8) lifts enough for a riser. */
  private static final double LIFT = 0.2;

  /** Sections at least this loud get phrase sweeps in programmed idioms... */
  private static final double LOUD = 0.7;

  /** ... and sections at least this loud (verses) a soft swell into each 8-bar phrase. */
  private static final double MIDDLE = 0.5;

  private final BarGrid grid;
  private final List<String> fx;
  private final SplittableRandom rng;
  private final List<Note> notes = new ArrayList<>();
  private int lifts;

  private Effects(BarGrid grid, List<String> fx, long seed) {
    this.grid = grid;
    this.fx = fx;
    this.rng = new SplittableRandom(seed);
  }

  /**
   * Writes the part.
   *
   * @param fx the style's effect instruments (riser, impact, downlifter) that the spec leaves
   * @param programmed whether the idiom is programmed (quantised drums): only then do its phrases
   *     get effects, not just its section boundaries
   */
  static List<Note> write(BarGrid grid, List<String> fx, boolean programmed, long seed) {
    Effects e = new Effects(grid, fx, seed);
    List<FormSection> sections = grid.sections();
    for (int i = 1; i < sections.size(); i++) {
      e.transition(sections.get(i - 1), sections.get(i));
    }
    if (programmed) {
      int lastLoud = -1;
      for (int i = 0; i < sections.size(); i++) {
        lastLoud = sections.get(i).energy() >= LOUD ? i : lastLoud;
      }
      for (int i = 0; i < sections.size(); i++) {
        e.phrases(sections.get(i), i == lastLoud);
      }
    }
    e.notes.sort(Comparator.comparingDouble((Note n) -> n.event().startSeconds()));
    return e.notes;
  }

  private void transition(FormSection prev, FormSection s) {
    double change = s.energy() - prev.energy();
    if (change >= LIFT && fx.contains("riser")) {
      riser(prev, s);
    } else if (Math.abs(change) < LIFT && fx.contains("riser") && s.energy() >= LOUD) {
      add("riser", s.start() - grid.beatSeconds(), grid.beatSeconds(), SWEEP_PITCH, 0.5);
    }
    if (s.energy() >= 0.95 && fx.contains("impact")) {
      add("impact", s.start(), grid.barSeconds(), IMPACT_PITCH, 0.9);
    }
    if (-change >= STEP && fx.contains("downlifter")) {
      double bars = Math.min(2, s.bars()) * grid.barSeconds();
      add("downlifter", s.start(), bars, FALL_PITCH, 0.7);
    }
  }

  /**
   * A riser into a lift: a build's spans the build (up to 8 bars); any other's is 1 bar the first
   * time the track lifts, then 2, then 4, and louder each time, so the returns grow.
   */
  private void riser(FormSection prev, FormSection s) {
    boolean build = prev.label().toLowerCase(Locale.ROOT).equals("build");
    int bars = build ? Math.min(8, prev.bars()) : Math.min(prev.bars(), 1 << Math.min(2, lifts));
    double velocity = Math.min(0.9, 0.6 + 0.1 * lifts);
    lifts++;
    double length = bars * grid.barSeconds();
    add("riser", s.start() - length, length, SWEEP_PITCH, velocity);
  }

  /**
   * Phrase marks, longer at larger boundaries the way fills are. In a loud section: into each 4-bar
   * group a swell of half a beat, one or one and a half (drawn anew for each section), into each
   * 8-bar phrase a 2-beat sweep, into each 16-bar phrase a 3-beat sweep and, on its downbeat, a
   * soft hit whose tail falls; the last loud section doubles each mark with a zip a beat before it.
   * A middle section (a verse) gets only its drawn swell, softly, into each 8-bar phrase.
   */
  private void phrases(FormSection s, boolean lastLoud) {
    if (s.energy() < MIDDLE || !fx.contains("riser")) {
      return;
    }
    boolean loud = s.energy() >= LOUD;
    double mark = (1 + rng.nextInt(3)) / 2.0;
    for (int j = 4; j < s.bars(); j += 4) {
      if (!loud && j % 8 != 0) {
        continue;
      }
      double downbeat = grid.barStart(s.firstBar() + j);
      double beats = !loud ? mark : j % 16 == 0 ? 3 : j % 8 == 0 ? 2 : mark;
      double length = beats * grid.beatSeconds();
      add("riser", downbeat - length, length, SWEEP_PITCH, !loud ? 0.3 : j % 8 == 0 ? 0.5 : 0.35);
      if (lastLoud) {
        double zip = grid.beatSeconds() / 2;
        add("riser", downbeat - length - grid.beatSeconds(), zip, SWEEP_PITCH, 0.3);
      }
      if (loud && j % 16 == 0) {
        hitWithTail(downbeat);
      }
    }
  }

  private void hitWithTail(double downbeat) {
    if (fx.contains("impact")) {
      add("impact", downbeat, grid.barSeconds(), IMPACT_PITCH, 0.5);
    }
    if (fx.contains("downlifter")) {
      add("downlifter", downbeat + grid.barSeconds() / 2, grid.barSeconds(), FALL_PITCH, 0.4);
    }
  }

  private void add(String instrument, double start, double length, int pitch, double velocity) {
    notes.add(new Note(instrument, new NoteEvent(Math.max(0, start), length, pitch, velocity)));
  }
}
