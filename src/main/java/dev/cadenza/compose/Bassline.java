package dev.cadenza.compose;

import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bass part, following the chord roots in the style's idiom: {@code pump} (octave-jumping
 * eighths, the off-beats leaning), {@code held} (long notes, two a bar), {@code 808} (notes on the
 * kicks, gliding between pitches), {@code root} (root notes on the kicks), {@code eighths} (driving
 * root eighths) or {@code walking} (a quarter-note line of chord tones with a chromatic approach).
 * Quiet sections and breakdowns leave it out; the final bar holds the tonic.
 */
final class Bassline {
  private Bassline() {}

  static List<Note> write(
      BarGrid f, String idiom, String instrument, String kickPattern, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    boolean deep = idiom.equals("808") || idiom.equals("held");
    int low = deep ? 28 : 36;
    List<Note> notes = new ArrayList<>();
    int previousPitch = -1;
    for (int bar = 0; bar < f.totalBars(); bar++) {
      FormSection s = f.section(bar);
      double t0 = f.barStart(bar);
      double barSeconds = f.barSeconds();
      int root = low + Math.floorMod(f.chordOfBar()[bar].root() - low, 12);
      if (f.finalBar(bar)) {
        notes.add(note(instrument, t0, barSeconds, root, 0.9));
        continue;
      }
      if (s.energy() < 0.45 || s.label().equalsIgnoreCase("breakdown")) {
        previousPitch = -1;
        continue;
      }
      int beats = f.meter().beatsPerBar();
      int perBeat = f.meter().subdivision();
      double beat = f.beatSeconds();
      switch (idiom) {
        case "pump" -> {
          int eighths = beats * perBeat;
          for (int k = 0; k < eighths; k++) {
            double t = f.stepTime(bar, k, eighths);
            boolean onBeat = k % perBeat == 0;
            int p = onBeat ? root : root + 12;
            notes.add(note(instrument, t, beat * 0.8 / perBeat, p, onBeat ? 0.65 : 0.9));
          }
        }
        case "held" -> {
          double split = beats >= 4 ? 2.5 * beat : barSeconds / 2;
          notes.add(note(instrument, t0, split * 0.95, root, 0.9));
          notes.add(note(instrument, t0 + split, (barSeconds - split) * 0.95, root, 0.8));
        }
        case "808", "root" -> {
          boolean common = f.meter().numerator() == 4 && f.meter().denominator() == 4;
          String pattern = common && kickPattern != null ? kickPattern : "X";
          List<Integer> hits = hits(pattern);
          int steps = pattern.length();
          for (int i = 0; i < hits.size(); i++) {
            int step = hits.get(i);
            int next = i + 1 < hits.size() ? hits.get(i + 1) : steps;
            double t = f.stepTime(bar, step, steps);
            double d = (next - step) * barSeconds / steps * 0.92;
            NoteEvent e = new NoteEvent(t, d, root, i == 0 ? 0.95 : 0.8);
            if (idiom.equals("808") && previousPitch > 0 && previousPitch != root) {
              e = e.with(NoteEvent.SLIDE_FROM, previousPitch);
            }
            notes.add(new Note(instrument, e));
            previousPitch = root;
          }
        }
        case "eighths" -> {
          int eighths = beats * perBeat;
          for (int k = 0; k < eighths; k++) {
            double t = f.stepTime(bar, k, eighths);
            notes.add(
                note(instrument, t, beat * 0.9 / perBeat, root, k % perBeat == 0 ? 0.85 : 0.7));
          }
        }
        default -> {
          // walking
          ChordSpan chord = f.chordOfBar()[bar];
          int nextRoot = bar + 1 < f.totalBars() ? f.chordOfBar()[bar + 1].root() : chord.root();
          int p = root;
          for (int k = 0; k < beats; k++) {
            int pitch;
            if (k == 0) {
              pitch = root;
            } else if (k == beats - 1) {
              int target = low + Math.floorMod(nextRoot - low, 12);
              pitch = target + (rng.nextBoolean() ? 1 : -1);
            } else {
              int pc = chord.pitchClasses().get(1 + rng.nextInt(chord.pitchClasses().size() - 1));
              pitch = nearest(pc, p);
            }
            notes.add(note(instrument, f.barStart(bar) + k * beat, beat * 0.9, pitch, 0.8));
            p = pitch;
          }
        }
      }
    }
    return notes;
  }

  private static List<Integer> hits(String p) {
    List<Integer> hits = new ArrayList<>();
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == 'X' || p.charAt(i) == 'x') {
        hits.add(i);
      }
    }
    if (hits.isEmpty() || hits.get(0) != 0) {
      hits.add(0, 0);
    }
    return hits;
  }

  private static int nearest(int pitchClass, int around) {
    int p = around + Math.floorMod(pitchClass - around, 12);
    return p - around > 6 ? p - 12 : p;
  }

  private static Note note(String instrument, double t, double d, int pitch, double v) {
    return new Note(instrument, new NoteEvent(t, d, Math.max(0, Math.min(127, pitch)), v));
  }
}
