package dev.cadenza.compose;

import dev.cadenza.music.Key;
import dev.cadenza.music.PlayingRanges.Range;
import dev.cadenza.music.TimeSignature;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The lead: a two-bar motif (rhythm on an eighth-note grid, contour in scale steps) for each kind
 * of section, so a verse's tune is not its chorus's. Within each phrase the motif is stated as a
 * question, answered a step lower, asked again a step higher, and answered by a close that lands on
 * the tonic in the phrase's last bar. Notes on strong beats, and any note held a beat or more, take
 * the nearest tone of the chord under them, so tensions pass and resolve. Verses play sparser and
 * lower than choruses; the track's last loud section lifts the tune an octave. Every section's line
 * then keeps to the playing range of the instrument the lead is (a saxophone's, a singer's): moved
 * whole by octaves, so its contour stays, and only a note the range still cannot hold is folded.
 */
final class Melody {
  private static final int BASE = 72;

  /** Lowest section energy the lead plays in: verses and up. */
  private static final double PLAYS_FROM = 0.5;

  /** Section energy of a chorus or a drop: the full motif, in the upper register. */
  private static final double FULL_FROM = 0.75;

  private Melody() {}

  record MotifNote(int slot, int slots, int degree) {}

  /** Scale steps from one motif note to the next, drawn evenly: as often up as down. */
  private static final int[] LEVEL = {-2, -1, -1, 1, 1, 2};

  /** Leaning upward: two steps in three rise. */
  private static final int[] RISING = {-2, -1, 1, 1, 2, 2};

  /** Leaning downward: two steps in three fall. */
  private static final int[] FALLING = {-2, -2, -1, -1, 1, 2};

  /**
   * A motif; {@code density} (1 the usual) scales how many grid slots start a note, {@code contour}
   * (1 up, -1 down, 0 neither) which way its steps lean.
   */
  static List<MotifNote> motif(
      TimeSignature meter, double density, int contour, SplittableRandom rng) {
    int slots = meter.beatsPerBar() * meter.subdivision() * 2;
    List<Integer> onsets = new ArrayList<>();
    onsets.add(0);
    for (int s = 1; s < slots; s++) {
      boolean strong = s % meter.subdivision() == 0;
      if (rng.nextDouble() < (strong ? 0.6 : 0.3) * density) {
        onsets.add(s);
      }
    }
    List<MotifNote> motif = new ArrayList<>();
    // A rising motif starts low and a falling one high, so each has room to go its way.
    int degree = rng.nextInt(5) - 2 * contour;
    for (int i = 0; i < onsets.size(); i++) {
      int start = onsets.get(i);
      int end = i + 1 < onsets.size() ? onsets.get(i + 1) : slots;
      motif.add(new MotifNote(start, Math.min(end - start, 4), degree));
      int[] steps = contour > 0 ? RISING : contour < 0 ? FALLING : LEVEL;
      degree = Math.max(-3, Math.min(9, degree + steps[rng.nextInt(steps.length)]));
    }
    return motif;
  }

  static List<Note> write(
      BarGrid f, String instrument, Range range, Character character, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Map<String, List<MotifNote>> motifs = new HashMap<>();
    FormSection lastLoud = lastLoud(f);
    List<Note> notes = new ArrayList<>();
    for (FormSection s : f.sections()) {
      if (s.energy() < PLAYS_FROM || s.label().equalsIgnoreCase("breakdown")) {
        continue;
      }
      boolean full = s.energy() >= FULL_FROM;
      double density = character.density() * (full ? 1.0 : 0.7);
      List<MotifNote> motif =
          motifs.computeIfAbsent(
              s.label().toLowerCase(Locale.ROOT),
              k -> motif(f.meter(), density, character.contour(), rng));
      int offset = character.register() + (full ? 0 : -5) + (s == lastLoud ? 12 : 0);
      int first = notes.size();
      section(f, s, motif, instrument, BASE + offset, degrees(offset), notes);
      keepInRange(notes.subList(first, notes.size()), range);
    }
    return notes;
  }

  /**
   * Moves a section's line by whole octaves until it fits {@code range} (down first: the lifts of
   * energy and of the last chorus are what push a line over an instrument's top), then folds by
   * octaves any note it still cannot hold, one whose line spans more than the range.
   */
  static void keepInRange(List<Note> line, Range range) {
    if (line.isEmpty()) {
      return;
    }
    int low = line.stream().mapToInt(n -> n.event().pitch()).min().orElseThrow();
    int high = line.stream().mapToInt(n -> n.event().pitch()).max().orElseThrow();
    int shift = 0;
    while (high + shift > range.high() && low + shift - 12 >= range.low()) {
      shift -= 12;
    }
    while (low + shift < range.low() && high + shift + 12 <= range.high()) {
      shift += 12;
    }
    for (int i = 0; i < line.size(); i++) {
      NoteEvent e = line.get(i).event();
      int pitch = e.pitch() + shift;
      while (pitch > range.high()) {
        pitch -= 12;
      }
      while (pitch < range.low()) {
        pitch += 12;
      }
      if (pitch != e.pitch()) {
        line.set(
            i,
            new Note(
                line.get(i).instrument(),
                new NoteEvent(
                    e.startSeconds(), e.durationSeconds(), pitch, e.velocity(), e.params())));
      }
    }
  }

  /** The track's last chorus or drop: where the tune lifts an octave and a counter-line joins. */
  static FormSection lastLoud(BarGrid f) {
    FormSection last = null;
    for (FormSection s : f.sections()) {
      if (s.energy() >= FULL_FROM) {
        last = s;
      }
    }
    return last;
  }

  /**
   * Scale steps that move a line about {@code semitones}: a register move in steps of the key, so
   * the moved line stays in it (-5, a fourth down, is 3 steps down; 12 is 7).
   */
  static int degrees(int semitones) {
    return (int) StrictMath.round(semitones * 7 / 12.0);
  }

  /**
   * The motif's statements over a section, two bars each, in question and answer, {@code lift}
   * scale steps above the motif's degrees, in the register around {@code base}.
   */
  private static void section(
      BarGrid f,
      FormSection s,
      List<MotifNote> motif,
      String instrument,
      int base,
      int lift,
      List<Note> out) {
    int slotsPerBar = f.meter().beatsPerBar() * f.meter().subdivision();
    for (int bar = s.firstBar(); bar + 1 < s.firstBar() + s.bars(); bar += 2) {
      if (f.finalBar(bar + 1)) {
        break;
      }
      int statement = (bar - s.firstBar()) / 2 % 4;
      boolean closes = f.lastBarOfSection(bar + 1) || statement == 3;
      int shift = statement == 1 ? -1 : statement == 2 ? 1 : 0;
      for (MotifNote m : motif) {
        boolean secondBar = m.slot() >= slotsPerBar;
        if (closes && secondBar) {
          break;
        }
        int degree = m.degree() + (secondBar || statement == 2 ? shift : 0);
        int noteBar = bar + m.slot() / slotsPerBar;
        out.add(
            note(f, noteBar, m.slot() % slotsPerBar, m.slots(), degree + lift, base, instrument));
      }
      if (closes) {
        Note landing = landing(f, bar + 1, base, instrument);
        leadIn(f, bar, landing, out);
        out.add(landing);
      }
    }
  }

  /**
   * The last note before a landing on the tonic becomes the leading tone a semitone below it when
   * the chord under that note holds it (a major dominant), so the tune resolves 7-1 as the harmony
   * does; with a minor v, which has no leading tone, the note stays.
   */
  private static void leadIn(BarGrid f, int bar, Note landing, List<Note> out) {
    if (out.isEmpty()) {
      return;
    }
    Note last = out.get(out.size() - 1);
    int tonic = f.keyAt(bar + 1).tonic();
    int leading = landing.event().pitch() - 1;
    boolean inBar = last.event().startSeconds() >= f.barStart(bar);
    boolean onTonic = Math.floorMod(landing.event().pitch(), 12) == tonic;
    if (!inBar
        || !onTonic
        || !f.chordOfBar()[bar].pitchClasses().contains(Math.floorMod(leading, 12))) {
      return;
    }
    NoteEvent e = last.event();
    out.set(
        out.size() - 1,
        new Note(
            last.instrument(),
            new NoteEvent(e.startSeconds(), e.durationSeconds(), leading, e.velocity())));
  }

  /** The close: the root of the bar's chord (the tonic, at a cadence), held through the bar. */
  private static Note landing(BarGrid f, int bar, int base, String instrument) {
    int pitch = nearestChordTone(base + f.keyAt(bar).tonic(), List.of(f.chordOfBar()[bar].root()));
    return new Note(instrument, new NoteEvent(f.barStart(bar), f.barSeconds() * 0.9, pitch, 0.85));
  }

  private static Note note(
      BarGrid f, int bar, int slot, int slots, int degree, int base, String instrument) {
    int perBeat = f.meter().subdivision();
    int slotsPerBar = f.meter().beatsPerBar() * perBeat;
    Key key = f.keyAt(bar);
    int pitch = BASE + key.tonic() + key.degreeSemitones(degree);
    if (pitch > base + 16) {
      pitch -= 12;
    }
    List<Integer> chord = f.chordOfBar()[bar].pitchClasses();
    boolean strong = slot % (2 * perBeat) == 0;
    if (strong || slots >= perBeat) {
      pitch = nearestChordTone(pitch, chord);
    }
    double t = f.stepTime(bar, slot, slotsPerBar);
    double d = slots * f.beatSeconds() / perBeat * 0.9;
    return new Note(instrument, new NoteEvent(t, d, pitch, strong ? 0.85 : 0.7));
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
