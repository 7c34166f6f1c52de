package dev.cadenza.compose;

import dev.cadenza.music.Key;
import dev.cadenza.music.Modes;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The chord part: the style's one-bar comping rhythm played on each bar's chord. A rhythm is a
 * string of steps: {@code x} the chord, held to the next hit; {@code s} a short stab (a skank, a
 * house stab); {@code p} a power chord (root, fifth, octave) held to the next hit; {@code m} a
 * palm-muted power chord, short; {@code d} a down-strum (low string to high, a few milliseconds
 * apart) and {@code u} an up-strum of the top three notes; {@code a} one note of an arpeggio that
 * climbs the chord; {@code .} rests. Quiet sections other than breakdowns leave it out, or play the
 * style's quiet rhythm of arpeggio notes; the final chord rings half a bar past the end. In a meter
 * the rhythm was not written for, the chord strikes once a bar. Each section turns the voicing
 * ({@link Revoicing}).
 */
final class Comping {
  static final String CHARACTERS = "xspmdua.";

  /** Seconds between two strings of a strum. */
  private static final double STRUM_SECONDS = 0.012;

  /**
   * Bars the final chord is held: past the last bar, so a track ends ringing on its tonic even in
   * an idiom whose instruments all stop short (no pad), as a band lets the last chord sound.
   */
  private static final double FINAL_BARS = 1.5;

  /** MIDI pitch of a guitar's lowest open string. */
  private static final int LOW_E = 40;

  private Comping() {}

  /** Section energy from which every second bar opens its voicing an octave up. */
  private static final double OPEN_FROM = 0.75;

  /**
   * The next bar's chord, struck early on the last hit of a bar that ends a four-bar group: the
   * push (anticipation) players use to drive into the next phrase.
   */
  private record Push(int root, List<Integer> chord) {}

  private static int lastHit(String pattern) {
    for (int i = pattern.length() - 1; i >= 0; i--) {
      if (pattern.charAt(i) != '.') {
        return i;
      }
    }
    return -1;
  }

  /** The chord with its top note doubled an octave higher, as a part opens up in a chorus. */
  private static List<Integer> opened(List<Integer> chord) {
    List<Integer> out = new ArrayList<>(chord);
    out.add(chord.get(chord.size() - 1) + 12);
    return out;
  }

  static List<Note> write(
      BarGrid f, String instrument, String rhythm, String quietRhythm, String voicing) {
    List<Note> notes = new ArrayList<>();
    boolean common = f.meter().numerator() == 4 && f.meter().denominator() == 4;
    String pattern = common && rhythm != null && !rhythm.isEmpty() ? rhythm : "x";
    for (int bar = 0; bar < f.totalBars(); bar++) {
      FormSection s = f.section(bar);
      ChordSpan span = f.chordOfBar()[bar];
      List<Integer> chord = voiced(f.keyAt(bar), span, voicing);
      if (f.finalBar(bar)) {
        strike(notes, instrument, f.barStart(bar), f.barSeconds() * FINAL_BARS, chord, 0.75);
        continue;
      }
      chord = Revoicing.inSection(f, bar, chord);
      int inSection = bar - s.firstBar();
      if (s.energy() < 0.45 && !s.label().equalsIgnoreCase("breakdown")) {
        if (common && quietRhythm != null) {
          quiet(notes, f, bar, instrument, quietRhythm, chord, inSection, 0.45 + 0.2 * s.energy());
        }
        continue;
      }
      if (inSection % 2 == 1 && s.energy() >= OPEN_FROM) {
        chord = opened(chord);
      }
      Push push = null;
      if (inSection % 4 == 3 && bar + 1 < f.totalBars()) {
        ChordSpan next = f.chordOfBar()[bar + 1];
        List<Integer> pushed = voiced(f.keyAt(bar + 1), next, voicing);
        push = new Push(next.root(), Revoicing.inSection(f, bar + 1, pushed));
      }
      bar(notes, f, bar, instrument, pattern, span.root(), chord, push, 0.55 + 0.2 * s.energy());
    }
    // Strummed strings start a few milliseconds after their stroke.
    notes.sort(java.util.Comparator.comparingDouble((Note n) -> n.event().startSeconds()));
    return notes;
  }

  /**
   * A quiet section's bar: the quiet rhythm's arpeggio notes carry on climbing the chord from bar
   * to bar of the section (a bar starts where the one before left off), so the broken chord drifts
   * rather than repeating one figure.
   */
  private static void quiet(
      List<Note> notes,
      BarGrid f,
      int bar,
      String instrument,
      String pattern,
      List<Integer> chord,
      int inSection,
      double v) {
    int steps = pattern.length();
    int hits = (int) pattern.chars().filter(c -> c != '.').count();
    int k = inSection * hits;
    for (int i = 0; i < steps; i++) {
      if (pattern.charAt(i) == '.') {
        continue;
      }
      int next = i + 1;
      while (next < steps && pattern.charAt(next) == '.') {
        next++;
      }
      double held = (next - i) * f.barSeconds() / steps * 0.95;
      notes.add(note(instrument, f.stepTime(bar, i, steps), held, arpeggioTone(chord, k++), v));
    }
  }

  private static void bar(
      List<Note> notes,
      BarGrid f,
      int bar,
      String instrument,
      String pattern,
      int root,
      List<Integer> chord,
      Push push,
      double v) {
    int steps = pattern.length();
    double step = f.barSeconds() / steps;
    int arpeggio = 0;
    int pushFrom = push == null ? steps : lastHit(pattern);
    if (pushFrom < steps - steps / f.meter().beatsPerBar()) {
      pushFrom = steps; // the pattern's last hit is not in the last beat: nothing to push
    }
    for (int i = 0; i < steps; i++) {
      char c = pattern.charAt(i);
      if (c == '.') {
        continue;
      }
      if (i == pushFrom) {
        root = push.root();
        chord = push.chord();
      }
      int next = i + 1;
      while (next < steps && pattern.charAt(next) == '.') {
        next++;
      }
      double t = f.stepTime(bar, i, steps);
      double held = (next - i) * step * 0.85;
      switch (c) {
        case 's' -> strike(notes, instrument, t, step * 0.8, chord, v);
        case 'p' -> strike(notes, instrument, t, held, power(root), v);
        case 'm' -> mute(notes, strike(notes, instrument, t, step * 0.6, power(root), v * 0.9));
        case 'd' -> strum(notes, instrument, t, held, chord, v);
        case 'u' -> strum(notes, instrument, t, held, up(chord), v * 0.8);
        case 'a' -> {
          notes.add(note(instrument, t, held, arpeggioTone(chord, arpeggio), v));
          arpeggio++;
        }
        default -> strike(notes, instrument, t, held, chord, v);
      }
    }
  }

  /**
   * The chord as the harmony voiced it, with the diatonic ninth on top for a ninth voicing (left
   * out where the key has no whole-tone ninth above the root, so no chord gets a minor ninth).
   */
  static List<Integer> voiced(Key key, ChordSpan chord, String voicing) {
    List<Integer> v = modalTonic(key, chord) ? thirdDoubled(chord) : chord.voicing();
    if (!voicing.equals("ninth")) {
      return v;
    }
    int ninth = (chord.root() + 2) % 12;
    boolean diatonic = false;
    for (int d = 0; d < 7; d++) {
      diatonic |= key.degreePitchClass(d) == ninth;
    }
    if (!diatonic) {
      return v;
    }
    List<Integer> out = new ArrayList<>(v);
    int top = v.get(v.size() - 1);
    out.add(top + 1 + Math.floorMod(ninth - (top + 1), 12));
    return out;
  }

  /**
   * Whether the chord is the tonic of a church mode of the minor family (dorian, phrygian), whose
   * minor third is all that tells it from the parallel major: a bass on the tonic sounds its major
   * third as an overtone (the fifth partial), and short dorian funk vamps were heard as the
   * parallel major (G dorian's margin over G major 0.014 in our key check).
   */
  private static boolean modalTonic(Key key, ChordSpan chord) {
    return key.minor() && !Modes.tonal(key.mode()) && chord.root() == key.tonic();
  }

  /** The voicing with the chord's third doubled an octave above its lowest third. */
  private static List<Integer> thirdDoubled(ChordSpan chord) {
    List<Integer> out = new ArrayList<>(chord.voicing());
    int third = chord.pitchClasses().get(1);
    int low = out.stream().filter(p -> Math.floorMod(p - third, 12) == 0).findFirst().orElseThrow();
    int doubled = low + 12;
    if (!out.contains(doubled)) {
      out.add(doubled);
      out.sort(null);
    }
    return out;
  }

  /** Root, fifth and octave from the guitar's low E string (E2) up, as a guitar plays them. */
  private static List<Integer> power(int rootPitchClass) {
    int root = LOW_E + Math.floorMod(rootPitchClass - LOW_E, 12);
    return List.of(root, root + 7, root + 12);
  }

  private static List<Integer> up(List<Integer> chord) {
    List<Integer> top = new ArrayList<>(chord.subList(Math.max(0, chord.size() - 3), chord.size()));
    java.util.Collections.reverse(top);
    return top;
  }

  private static int arpeggioTone(List<Integer> chord, int k) {
    int n = chord.size();
    return chord.get(k % n) + 12 * ((k / n) % 2);
  }

  private static void strum(
      List<Note> notes, String instrument, double t, double d, List<Integer> chord, double v) {
    for (int i = 0; i < chord.size(); i++) {
      double at = t + i * STRUM_SECONDS;
      notes.add(note(instrument, at, Math.max(0.05, d - i * STRUM_SECONDS), chord.get(i), v));
    }
  }

  /** Adds the chord's notes; returns the index of the first. */
  private static int strike(
      List<Note> notes, String instrument, double t, double d, List<Integer> chord, double v) {
    int first = notes.size();
    for (int p : chord) {
      notes.add(note(instrument, t, d, p, v));
    }
    return first;
  }

  /** Marks the notes from {@code first} on as palm-muted (a plucked-string voice damps them). */
  private static void mute(List<Note> notes, int first) {
    for (int i = first; i < notes.size(); i++) {
      Note n = notes.get(i);
      notes.set(i, new Note(n.instrument(), n.event().with(NoteEvent.MUTE, 1)));
    }
  }

  private static Note note(String instrument, double t, double d, int pitch, double v) {
    return new Note(instrument, new NoteEvent(t, d, pitch, Math.min(1, v)));
  }
}
