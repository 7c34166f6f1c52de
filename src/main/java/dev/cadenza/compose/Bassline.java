package dev.cadenza.compose;

import dev.cadenza.music.Key;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bass part: the style's one-bar figure ({@link Style.Bass}) played on each bar's chord. A
 * figure is a string of steps: {@code 1} the root, {@code 3}, {@code 5} and {@code 7} the chord's
 * third, fifth and seventh (a minor seventh over a triad), {@code 6} the major sixth, {@code 8} the
 * octave, {@code >} the next bar's root (an anticipation), {@code a} a chromatic approach to the
 * next bar's root, {@code w} a walking chord tone near the note before, {@code -} holds the note
 * before and {@code .} rests. Quiet sections and breakdowns leave it out; the final bar holds the
 * tonic. A style whose bass walks up ({@link Style.Bass#walkUp}) walks the scale into a change of
 * chord at the end of each two-bar group. In a meter the figure was not written for, the bass plays
 * the root on each beat and the subdivisions between, or walks on the beats where the figure walks.
 */
final class Bassline {
  static final String CHARACTERS = "13578>aw-.6";

  private Bassline() {}

  static List<Note> write(BarGrid f, Style.Bass bass, String instrument, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    String figure = figureFor(f, bass.figure());
    List<Note> notes = new ArrayList<>();
    int previous = -1;
    for (int bar = 0; bar < f.totalBars(); bar++) {
      FormSection s = f.section(bar);
      int root = pitch(bass.low(), f.chordOfBar()[bar].root());
      if (f.finalBar(bar)) {
        notes.add(note(instrument, f.barStart(bar), f.barSeconds(), root, 0.9, -1));
        continue;
      }
      if (s.energy() < 0.45 || s.label().equalsIgnoreCase("breakdown")) {
        previous = -1;
        continue;
      }
      if (bass.walkUp() && walksInto(f, bar)) {
        previous = walk(notes, f, bar, bass.low(), instrument);
        continue;
      }
      String played = varied(figure, bar - s.firstBar(), s.energy(), f.meter().beatsPerBar());
      previous = bar(notes, f, bar, played, bass, instrument, rng, previous);
    }
    return notes;
  }

  /** Section energy from which every second bar lifts its last root an octave. */
  private static final double OCTAVE_FROM = 0.75;

  /**
   * The figure of one bar of a section, varied as a bass player varies a riff: the last bar of each
   * four-bar group turns around into the next (a chromatic approach to the next chord's root on its
   * last beat, where the figure plays or holds), and in loud sections every second bar jumps its
   * last root an octave. The idiom's rhythm stays: a turnaround replaces at most one beat.
   */
  static String varied(String figure, int barInSection, double energy, int beats) {
    char[] steps = figure.toCharArray();
    int lastBeat = steps.length - steps.length / beats;
    if (barInSection % 4 == 3 && figure.indexOf('w') < 0) {
      int at = -1;
      for (int i = steps.length - 1; i >= lastBeat; i--) {
        if (steps[i] != '.' && steps[i] != '-') {
          at = i;
          break;
        }
      }
      if (at < 0 && steps[lastBeat] == '-') {
        at = lastBeat; // a held note: the turnaround re-strikes on the last beat
      }
      if (at >= 0) {
        steps[at] = 'a';
      }
    } else if (barInSection % 2 == 1 && energy >= OCTAVE_FROM) {
      for (int i = steps.length - 1; i > 0; i--) {
        if (steps[i] == '1') {
          steps[i] = '8';
          break;
        }
      }
    }
    return new String(steps);
  }

  /**
   * Whether bar {@code bar} walks into the next: it ends a two-bar group of its section, in 4/4,
   * and the next bar's chord has another root (a country bass walks into most changes of chord).
   */
  private static boolean walksInto(BarGrid f, int bar) {
    FormSection s = f.section(bar);
    return (bar - s.firstBar()) % 2 == 1
        && f.meter().beatsPerBar() == 4
        && f.meter().denominator() == 4
        && bar + 1 < f.totalBars()
        && f.chordOfBar()[bar + 1].root() != f.chordOfBar()[bar].root();
  }

  /**
   * A walk-up (or walk-down) bar: the two-beat figure's root and fifth, then on the last beat two
   * eighths of the scale run that arrives by step on the next bar's root, from the side the root is
   * on (G to the C above walks A B; G to the D below walks F# E), the pickup a country bass plays
   * into a change. Returns the last pitch played.
   */
  private static int walk(List<Note> notes, BarGrid f, int bar, int low, String instrument) {
    ChordSpan chord = f.chordOfBar()[bar];
    int root = pitch(low, chord.root());
    int target = pitch(low, f.chordOfBar()[bar + 1].root());
    Key key = f.keyAt(bar + 1);
    double beat = f.barSeconds() / 4;
    notes.add(note(instrument, f.barStart(bar), 2 * beat * 0.92, root, 0.95, -1));
    notes.add(
        note(
            instrument,
            f.stepTime(bar, 8, 16),
            beat * 0.92,
            above(root, chord.pitchClasses().get(2)),
            0.85,
            -1));
    int p = target;
    int[] run = new int[2];
    for (int i = 1; i >= 0; i--) {
      do {
        p += target > root ? -1 : 1;
      } while (!inScale(key, p));
      run[i] = p;
    }
    for (int i = 0; i < 2; i++) {
      double t = f.stepTime(bar, 12 + 2 * i, 16);
      notes.add(note(instrument, t, beat / 2 * 0.92, run[i], i == 0 ? 0.85 : 0.72, -1));
    }
    return run[1];
  }

  private static boolean inScale(Key key, int pitch) {
    for (int d = 0; d < 7; d++) {
      if (key.degreePitchClass(d) == Math.floorMod(pitch, 12)) {
        return true;
      }
    }
    return false;
  }

  /** The style's figure in 4/4; in another meter a root on every subdivision, or a walk. */
  private static String figureFor(BarGrid f, String figure) {
    if (f.meter().numerator() == 4 && f.meter().denominator() == 4) {
      return figure;
    }
    int beats = f.meter().beatsPerBar();
    int perBeat = f.meter().subdivision();
    String beat = figure.indexOf('w') >= 0 ? "w" + "-".repeat(perBeat - 1) : "1".repeat(perBeat);
    return ("1" + beat.substring(1)) + beat.repeat(beats - 1);
  }

  /** Writes one bar of the figure and returns the last pitch played. */
  private static int bar(
      List<Note> notes,
      BarGrid f,
      int bar,
      String figure,
      Style.Bass bass,
      String instrument,
      SplittableRandom rng,
      int previous) {
    ChordSpan chord = f.chordOfBar()[bar];
    ChordSpan next = bar + 1 < f.totalBars() ? f.chordOfBar()[bar + 1] : chord;
    int root = pitch(bass.low(), chord.root());
    int steps = figure.length();
    int perBeat = Math.max(1, steps / f.meter().beatsPerBar());
    for (int step = 0; step < steps; step++) {
      char c = figure.charAt(step);
      if (c == '-' || c == '.') {
        continue;
      }
      int length = 1;
      while (step + length < steps && figure.charAt(step + length) == '-') {
        length++;
      }
      int p = tone(c, root, chord, next, bass.low(), previous, rng);
      double t = f.stepTime(bar, step, steps);
      double d = length * f.barSeconds() / steps * 0.92;
      double v = step == 0 ? 0.95 : step % perBeat == 0 ? 0.85 : 0.72;
      int glideFrom = bass.glide() && previous > 0 && previous != p ? previous : -1;
      notes.add(note(instrument, t, d, p, v, glideFrom));
      previous = p;
    }
    return previous;
  }

  private static int tone(
      char c,
      int root,
      ChordSpan chord,
      ChordSpan next,
      int low,
      int previous,
      SplittableRandom rng) {
    List<Integer> pcs = chord.pitchClasses();
    return switch (c) {
      case '3' -> above(root, pcs.get(1));
      case '5' -> above(root, pcs.get(2));
      case '7' -> pcs.size() > 3 ? above(root, pcs.get(3)) : root + 10;
      case '6' -> root + 9;
      case '8' -> root + 12;
      case '>' -> pitch(low, next.root());
      case 'a' -> pitch(low, next.root()) + (rng.nextBoolean() ? 1 : -1);
      case 'w' -> nearest(pcs.get(1 + rng.nextInt(pcs.size() - 1)), previous > 0 ? previous : root);
      default -> root;
    };
  }

  /** The pitch class in the octave from {@code low} up. */
  private static int pitch(int low, int pitchClass) {
    return low + Math.floorMod(pitchClass - low, 12);
  }

  private static int above(int root, int pitchClass) {
    return root + Math.floorMod(pitchClass - root, 12);
  }

  private static int nearest(int pitchClass, int around) {
    int p = around + Math.floorMod(pitchClass - around, 12);
    return p - around > 6 ? p - 12 : p;
  }

  private static Note note(String instrument, double t, double d, int pitch, double v, int from) {
    NoteEvent e = new NoteEvent(t, d, Math.max(0, Math.min(127, pitch)), v);
    return new Note(instrument, from > 0 ? e.with(NoteEvent.SLIDE_FROM, from) : e);
  }
}
