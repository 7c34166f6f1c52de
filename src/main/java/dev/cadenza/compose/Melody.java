package dev.cadenza.compose;

import dev.cadenza.music.TimeSignature;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The hook: a two-bar motif (rhythm on an eighth-note grid, contour in scale steps) drawn once from
 * the seed, then repeated in every loud section. Every second statement answers a step lower, and
 * notes on strong beats move to the nearest tone of the chord under them.
 */
final class Melody {
  private static final int BASE = 72;

  private Melody() {}

  record MotifNote(int slot, int slots, int degree) {}

  static List<MotifNote> motif(TimeSignature meter, SplittableRandom rng) {
    int slots = meter.beatsPerBar() * meter.subdivision() * 2;
    List<Integer> onsets = new ArrayList<>();
    onsets.add(0);
    for (int s = 1; s < slots; s++) {
      boolean strong = s % meter.subdivision() == 0;
      if (rng.nextDouble() < (strong ? 0.6 : 0.3)) {
        onsets.add(s);
      }
    }
    List<MotifNote> motif = new ArrayList<>();
    int degree = rng.nextInt(5);
    for (int i = 0; i < onsets.size(); i++) {
      int start = onsets.get(i);
      int end = i + 1 < onsets.size() ? onsets.get(i + 1) : slots;
      motif.add(new MotifNote(start, Math.min(end - start, 4), degree));
      int[] steps = {-2, -1, -1, 1, 1, 2};
      degree = Math.max(-3, Math.min(9, degree + steps[rng.nextInt(steps.length)]));
    }
    return motif;
  }

  static List<Note> write(BarGrid f, String instrument, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<MotifNote> motif = motif(f.meter(), rng);
    int perBeat = f.meter().subdivision();
    int slotsPerBar = f.meter().beatsPerBar() * perBeat;
    double slotSeconds = f.beatSeconds() / perBeat;
    List<Note> notes = new ArrayList<>();
    for (int bar = 0; bar < f.totalBars() - 1; bar += 2) {
      FormSection s = f.section(bar);
      if (s.energy() < 0.75 || bar + 1 >= f.totalBars() - 1 || f.section(bar + 1) != s) {
        continue;
      }
      int statement = (bar - s.firstBar()) / 2;
      for (MotifNote m : motif) {
        int noteBar = bar + m.slot() / slotsPerBar;
        int slotInBar = m.slot() % slotsPerBar;
        int degree = m.degree() - (statement % 2 == 1 && m.slot() >= slotsPerBar ? 1 : 0);
        int pitch = BASE + f.key().tonic() + f.key().degreeSemitones(degree);
        if (pitch > BASE + 16) {
          pitch -= 12;
        }
        boolean strong = slotInBar % (2 * perBeat) == 0;
        if (strong) {
          pitch = nearestChordTone(pitch, f.chordOfBar()[noteBar].pitchClasses());
        }
        double t = f.stepTime(noteBar, slotInBar, slotsPerBar);
        double d = m.slots() * slotSeconds * 0.9;
        double v = strong ? 0.85 : 0.7;
        notes.add(new Note(instrument, new NoteEvent(t, d, pitch, v)));
      }
    }
    return notes;
  }

  private static int nearestChordTone(int pitch, List<Integer> pitchClasses) {
    int best = pitch;
    int bestDistance = Integer.MAX_VALUE;
    for (int d = 0; d <= 6; d++) {
      for (int sign : new int[] {-1, 1}) {
        int p = pitch + sign * d;
        if (pitchClasses.contains(Math.floorMod(p, 12)) && d < bestDistance) {
          best = p;
          bestDistance = d;
        }
      }
    }
    return best;
  }
}
