package dev.cadenza.analyze.key;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders chord progressions by additive synthesis, with known key, tuning and timbre, for testing
 * the key estimate against truth that does not come from the code under test. A piece is a bass
 * note on the root plus a close-voiced triad per chord, one chord per second, and may carry a drum
 * track (kick, snare with a pitched body, hi-hat) at 120 bpm.
 */
final class ProgressionRenderer {

  /** The rate of most test renders: the analysis then decimates by two. */
  static final int RATE = 22_050;

  /** The harmonic recipe of an instrument. */
  enum Timbre {
    SINE,
    /** Harmonics at 1/n: a band-limited sawtooth. */
    SAW,
    /** Odd harmonics at 1/n: a band-limited square. */
    SQUARE,
    /** Sawtooth harmonics decaying after the attack, the higher ones faster: a plucked string. */
    PLUCK
  }

  /** A chord: its root in semitones above the tonic, and whether its third is minor. */
  record Chord(int root, boolean minor) {}

  static final List<Chord> MAJOR_PIECE =
      List.of(
          // I-V-vi-IV, then I-IV-V-I
          new Chord(0, false),
          new Chord(7, false),
          new Chord(9, true),
          new Chord(5, false),
          new Chord(0, false),
          new Chord(5, false),
          new Chord(7, false),
          new Chord(0, false));

  static final List<Chord> MINOR_PIECE =
      List.of(
          // i-VI-III-VII, then i-iv-V-i (harmonic minor: the dominant has the leading tone)
          new Chord(0, true),
          new Chord(8, false),
          new Chord(3, false),
          new Chord(10, false),
          new Chord(0, true),
          new Chord(5, true),
          new Chord(7, false),
          new Chord(0, true));

  /** i-IV four times, ending on i: the dorian vamp (minor tonic, major subdominant). */
  static final List<Chord> DORIAN_VAMP =
      List.of(
          new Chord(0, true),
          new Chord(5, false),
          new Chord(0, true),
          new Chord(5, false),
          new Chord(0, true),
          new Chord(5, false),
          new Chord(0, true),
          new Chord(5, false),
          new Chord(0, true));

  private static final double CHORD_SECONDS = 1.0;
  private static final double MAX_PARTIAL_HZ = 5_000;
  private static final int MAX_PARTIALS = 20;

  private ProgressionRenderer() {}

  /**
   * A mono piece.
   *
   * @param tonic pitch class of the key (0 = C)
   * @param chords the progression, roots relative to the tonic; the last chord is held twice as
   *     long
   * @param tuningCents offset of the whole piece from A = 440 Hz
   * @param drums whether to add the drum track
   * @param seed for the slight detuning of each note and the drum noise
   */
  static float[] render(
      int tonic, List<Chord> chords, Timbre timbre, double tuningCents, boolean drums, long seed) {
    return render(RATE, tonic, chords, timbre, tuningCents, drums, seed);
  }

  /** As {@link #render(int, List, Timbre, double, boolean, long)}, at another sample rate. */
  static float[] render(
      int rate,
      int tonic,
      List<Chord> chords,
      Timbre timbre,
      double tuningCents,
      boolean drums,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int chordFrames = (int) (CHORD_SECONDS * rate);
    int total = chordFrames * (chords.size() + 1);
    double[] mix = new double[total];
    for (int c = 0; c < chords.size(); c++) {
      Chord chord = chords.get(c);
      int start = c * chordFrames;
      int length = c == chords.size() - 1 ? 2 * chordFrames : chordFrames;
      int root = Math.floorMod(tonic + chord.root(), 12);
      List<Integer> notes = new ArrayList<>();
      notes.add(36 + root); // bass, C2..B2
      for (int interval : new int[] {0, chord.minor() ? 3 : 4, 7}) {
        notes.add(55 + Math.floorMod(root + interval - 7, 12)); // G3..F#4, close voicing
      }
      for (int i = 0; i < notes.size(); i++) {
        double detune = random.nextDouble(-6, 6);
        double frequency =
            440 * StrictMath.pow(2, (notes.get(i) - 69 + (tuningCents + detune) / 100) / 12);
        double gain = i == 0 ? 0.3 : 0.2;
        note(mix, rate, start, length, frequency, gain, timbre);
      }
    }
    if (drums) {
      addDrums(mix, rate, random);
    }
    float[] out = new float[total];
    for (int i = 0; i < total; i++) {
      out[i] = (float) mix[i];
    }
    return out;
  }

  /** Adds one note: each partial by the recurrence s[n+1] = 2 cos(w) s[n] - s[n-1]. */
  private static void note(
      double[] mix, int rate, int start, int length, double frequency, double gain, Timbre timbre) {
    int frames = Math.min(length, mix.length - start);
    double[] tone = new double[frames];
    for (int n = 1; n <= MAX_PARTIALS && n * frequency < MAX_PARTIAL_HZ; n++) {
      double amplitude =
          switch (timbre) {
            case SINE -> n == 1 ? 1 : 0;
            case SAW, PLUCK -> 1.0 / n;
            case SQUARE -> n % 2 == 1 ? 1.0 / n : 0;
          };
      if (amplitude == 0) {
        continue;
      }
      double w = 2 * StrictMath.PI * n * frequency / rate;
      double k = 2 * StrictMath.cos(w);
      double previous = 0;
      double current = StrictMath.sin(w);
      double decay = timbre == Timbre.PLUCK ? StrictMath.exp(-(1.5 + 0.8 * n) / rate) : 1;
      double level = gain * amplitude;
      for (int i = 0; i < frames; i++) {
        tone[i] += level * previous;
        double next = k * current - previous;
        previous = current;
        current = next;
        level *= decay;
      }
    }
    int attack = rate / 100;
    int release = rate / 30;
    for (int i = 0; i < frames; i++) {
      double envelope = Math.min(1, Math.min((double) i / attack, (double) (length - i) / release));
      mix[start + i] += envelope * tone[i];
    }
  }

  /** Kick on every beat, snare on 2 and 4, hi-hat on every eighth, at 120 bpm. */
  private static void addDrums(double[] mix, int rate, SplittableRandom random) {
    // Kick: a sine falling from 150 to 45 Hz; snare body: 185 Hz. Both the same on every hit.
    double[] kick = new double[rate / 4];
    double phase = 0;
    for (int i = 0; i < kick.length; i++) {
      double t = (double) i / rate;
      phase += 2 * StrictMath.PI * (45 + 105 * StrictMath.exp(-t / 0.03)) / rate;
      kick[i] = 0.8 * StrictMath.exp(-t / 0.12) * StrictMath.sin(phase);
    }
    double[] body = new double[rate / 5];
    for (int i = 0; i < body.length; i++) {
      double t = (double) i / rate;
      body[i] = 0.3 * StrictMath.sin(2 * StrictMath.PI * 185 * t) * StrictMath.exp(-t / 0.04);
    }
    double snareDecay = StrictMath.exp(-1 / (0.07 * rate));
    double hatDecay = StrictMath.exp(-1 / (0.015 * rate));
    int eighth = rate / 4;
    for (int step = 0; step * eighth < mix.length; step++) {
      int start = step * eighth;
      if (step % 2 == 0) {
        for (int i = 0; i < kick.length && start + i < mix.length; i++) {
          mix[start + i] += kick[i];
        }
      }
      if (step % 4 == 2) {
        double level = 0.5;
        for (int i = 0; i < body.length && start + i < mix.length; i++) {
          mix[start + i] += body[i] + level * random.nextDouble(-1, 1);
          level *= snareDecay;
        }
      }
      // Hi-hat: differenced white noise, a crude high-pass.
      double last = 0;
      double level = 0.25;
      for (int i = 0; i < rate / 20 && start + i < mix.length; i++) {
        double white = random.nextDouble(-1, 1);
        mix[start + i] += level * (white - last);
        last = white;
        level *= hatDecay;
      }
    }
  }

  /** Drums alone, for as long as a piece of {@code chords} chords. */
  static float[] drumsOnly(int chords, long seed) {
    double[] mix = new double[(int) (CHORD_SECONDS * RATE) * (chords + 1)];
    addDrums(mix, RATE, new SplittableRandom(seed));
    float[] out = new float[mix.length];
    for (int i = 0; i < mix.length; i++) {
      out[i] = (float) mix[i];
    }
    return out;
  }
}
