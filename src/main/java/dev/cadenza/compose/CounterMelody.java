package dev.cadenza.compose;

import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A counter-melody for the track's last loud section (the final chorus or drop), so the hook sounds
 * new the last time it comes: a slower line under the lead, a chord tone every half bar, moving
 * against the lead (down when the tune rises, up when it falls) by the smallest step the chord
 * allows, and never doubling the lead's pitch class.
 */
final class CounterMelody {
  /** The line's register: the octave below the lead's usual one. */
  private static final int LOW = 60;

  private static final int HIGH = 72;

  private CounterMelody() {}

  static List<Note> against(BarGrid f, List<Note> lead, String instrument) {
    FormSection last = Melody.lastLoud(f);
    List<Note> out = new ArrayList<>();
    if (last == null || lead.isEmpty()) {
      return out;
    }
    List<Note> sorted = new ArrayList<>(lead);
    sorted.sort(java.util.Comparator.comparingDouble((Note n) -> n.event().startSeconds()));
    int beats = f.meter().beatsPerBar();
    double half = beats % 2 == 0 ? f.barSeconds() / 2 : f.barSeconds();
    int previous = -1;
    int previousLead = -1;
    for (double t = last.start(); t < last.end() - 1e-9; t += half) {
      int bar = (int) Math.floor(t / f.barSeconds() + 1e-9);
      if (f.finalBar(bar)) {
        break;
      }
      int tune = sounding(sorted, t);
      if (tune < 0) {
        continue;
      }
      List<Integer> chord = f.chordOfBar()[bar].pitchClasses();
      int direction = previousLead < 0 ? 0 : Integer.signum(tune - previousLead);
      int pitch = next(chord, previous, -direction, tune);
      if (pitch < 0) {
        continue; // a chord of the lead's note alone (a bare root) leaves the line nothing to add
      }
      out.add(new Note(instrument, new NoteEvent(t, half * 0.95, pitch, 0.55)));
      previous = pitch;
      previousLead = tune;
    }
    return out;
  }

  /**
   * The chord tone in the line's register nearest {@code previous} in {@code direction} (-1 down, 1
   * up, 0 either), not the lead's pitch class; the first note starts mid-register.
   */
  private static int next(List<Integer> chord, int previous, int direction, int tune) {
    int from = previous < 0 ? (LOW + HIGH) / 2 : previous;
    int best = nearest(chord, from, direction, tune, LOW, HIGH);
    // At the edge of the register the line may leave it by a few steps rather than follow the tune.
    return best >= 0 ? best : nearest(chord, from, direction, tune, LOW - 12, HIGH + 12);
  }

  private static int nearest(
      List<Integer> chord, int from, int direction, int tune, int low, int high) {
    int best = -1;
    for (int p = low; p <= high; p++) {
      int pc = Math.floorMod(p, 12);
      boolean wrongWay = direction != 0 && Integer.signum(p - from) == -direction;
      if (!chord.contains(pc) || pc == Math.floorMod(tune, 12) || wrongWay) {
        continue;
      }
      if (best < 0 || Math.abs(p - from) < Math.abs(best - from)) {
        best = p;
      }
    }
    return best;
  }

  /** The lead's pitch sounding at {@code t}: the last note begun by then, or -1 before any. */
  private static int sounding(List<Note> lead, double t) {
    int pitch = -1;
    for (Note n : lead) {
      if (n.event().startSeconds() <= t + 1e-9) {
        pitch = n.event().pitch();
      } else {
        break;
      }
    }
    return pitch;
  }
}
