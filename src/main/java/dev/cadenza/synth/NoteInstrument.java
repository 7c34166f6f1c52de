package dev.cadenza.synth;

import dev.cadenza.dsp.OnePoleFilter;
import java.util.List;

/**
 * An instrument that renders each note independently into scratch buffers and adds it to the
 * output. This class guarantees the invariants every instrument shares: a per-note seed that
 * depends only on the note, a 10 Hz high-pass against DC (where a voice could have any), a ramp
 * from exactly zero over the first half millisecond and back to exactly zero over the last three
 * milliseconds (longer for one-shot drums, see {@link #fadeOutSeconds}).
 */
public abstract class NoteInstrument implements Instrument {
  static final double DC_CUTOFF_HZ = 10.0;
  static final double FADE_IN_SECONDS = 0.0005;
  static final double FADE_OUT_SECONDS = 0.003;

  /** Longest note rendered; guards allocation against absurd durations. */
  static final double MAX_NOTE_SECONDS = 600;

  /** Writes one note: {@code buffer.left} (and {@code buffer.right} when {@link #stereo()}). */
  protected abstract void renderNote(NoteEvent note, NoteBuffer buffer);

  /** Length of the note's sound from its start, before the cap of {@link #MAX_NOTE_SECONDS}. */
  protected abstract double lengthSeconds(NoteEvent note);

  /**
   * Length of the final ramp to zero. Voices with a release envelope reach zero on their own and
   * keep the short default; one-shot drums whose decay is cut at a fixed length override it so the
   * tail fades instead of stopping.
   */
  protected double fadeOutSeconds(NoteEvent note) {
    return FADE_OUT_SECONDS;
  }

  /**
   * Whether notes need the 10 Hz DC high-pass. Voices built from zero-mean oscillators behind a
   * filter carry no DC and skip it (the one-pole recursion is a serial dependency that costs as
   * much as an oscillator); the invariant tests check every instrument's mean either way.
   */
  protected boolean blocksDc() {
    return true;
  }

  @Override
  public boolean stereo() {
    return false;
  }

  @Override
  public final double soundingSeconds(NoteEvent note) {
    return Math.min(MAX_NOTE_SECONDS, lengthSeconds(note));
  }

  /**
   * How many takes a one-shot voice keeps; 0 (the default) renders every note anew. A voice whose
   * sound depends on a note only through its level (not on pitch, length or brightness) is played
   * like a sampler: a few takes rendered once at velocity 1 without accent, and each note a copy of
   * one of them, chosen by the note's seed and scaled by {@link #takeLevel}. Dense cymbal and hat
   * patterns then cost a multiply-add per sample instead of a synthesis voice.
   */
  protected int takes() {
    return 0;
  }

  /** For a voice with takes: the note's level relative to a take. */
  protected double takeLevel(NoteEvent note) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no takes");
  }

  /**
   * Whether consecutive notes that start and stop together at the same velocity and parameters
   * share one voice, rendered by {@link #renderChord}. Meant for voices whose processing after the
   * oscillators is linear and set only by those shared values (a pad's envelope, filter and
   * chorus): the chord then sounds as its notes would apart, except that slow modulations run in
   * step, and the shared processing runs once instead of once per note.
   */
  protected boolean playsChords() {
    return false;
  }

  /**
   * Writes a chord of notes that share start, duration, velocity and parameters. The buffer's seed
   * belongs to the chord; each note draws its own from it by pitch.
   */
  protected void renderChord(List<NoteEvent> chord, NoteBuffer buffer) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " plays no chords");
  }

  @Override
  public final Voices voices(int sampleRate, long seed) {
    if (sampleRate < 8000 || sampleRate > 384000) {
      throw new IllegalArgumentException("sample rate must be 8000..384000 Hz: " + sampleRate);
    }
    return new NoteVoices(sampleRate, seed);
  }

  private final class NoteVoices implements Voices {
    private final int sampleRate;
    private final long seed;
    private final NoteBuffer buffer;
    private final float[][][] takes;

    NoteVoices(int sampleRate, long seed) {
      this.sampleRate = sampleRate;
      this.seed = seed;
      this.buffer = new NoteBuffer(sampleRate);
      this.takes = new float[takes()][][];
    }

    @Override
    public void add(List<NoteEvent> notes, float[][] out, long offset) {
      if (out.length < 1 || out.length > 2 || (out.length == 2 && out[0].length != out[1].length)) {
        throw new IllegalArgumentException("output must have one or two channels of equal length");
      }
      long outEnd = offset + out[0].length;
      for (int n = 0; n < notes.size(); n++) {
        NoteEvent note = notes.get(n);
        long start = Instrument.startFrame(note, sampleRate);
        if (start < offset) {
          throw new IllegalArgumentException(
              "note at frame " + start + " starts before the window at " + offset);
        }
        if (start >= outEnd) {
          continue;
        }
        int total = soundingFrames(note, sampleRate);
        int frames = (int) Math.min(total, outEnd - start);
        long noteSeed = Seeds.note(seed, start, note.pitch());
        int at = (int) (start - offset);
        if (takes.length > 0) {
          int index = (int) Math.floorMod(noteSeed, (long) takes.length);
          float[][] take = take(index, note, total);
          addScaled(out, at, take, frames, (float) takeLevel(note));
          continue;
        }
        int gate =
            (int) Math.min(total, Math.max(1, Math.round(note.durationSeconds() * sampleRate)));
        if (playsChords()) {
          int end = n + 1;
          while (end < notes.size() && together(note, notes.get(end))) {
            end++;
          }
          // The chord's seed names its onset only, so the order of its notes does not matter.
          buffer.prepare(frames, total, gate, Seeds.note(seed, start, CHORD_PITCH));
          renderChord(notes.subList(n, end), buffer);
          ramp(note);
          n = end - 1;
        } else {
          buffer.prepare(frames, total, gate, noteSeed);
          voice(note);
        }
        mixInto(out, at, buffer);
      }
    }

    /** Renders, ramps and high-passes one note into the buffer as prepared. */
    private void voice(NoteEvent note) {
      renderNote(note, buffer);
      ramp(note);
    }

    /** The DC high-pass and the ramps at both ends, on the voice in the buffer. */
    private void ramp(NoteEvent note) {
      double fadeOut = Math.max(FADE_OUT_SECONDS, fadeOutSeconds(note));
      finish(buffer.left, buffer, sampleRate, fadeOut, blocksDc());
      if (stereo()) {
        finish(buffer.right, buffer, sampleRate, fadeOut, blocksDc());
      }
    }

    /**
     * Take {@code index}, rendered on first use with a seed of its own. Every note of a voice with
     * takes has the same length, so the first note's length serves for all.
     */
    private float[][] take(int index, NoteEvent note, int total) {
      float[][] take = takes[index];
      if (take == null || take[0].length != total) {
        NoteEvent unit = new NoteEvent(0, note.durationSeconds(), note.pitch(), 1.0);
        int gate =
            (int) Math.min(total, Math.max(1, Math.round(unit.durationSeconds() * sampleRate)));
        buffer.prepare(total, total, gate, Seeds.sub(seed, TAKE_SEED + index));
        voice(unit);
        take = new float[stereo() ? 2 : 1][];
        take[0] = java.util.Arrays.copyOf(buffer.left, total);
        if (stereo()) {
          take[1] = java.util.Arrays.copyOf(buffer.right, total);
        }
        takes[index] = take;
      }
      return take;
    }
  }

  /** Stands for the pitch in the seed of a chord: outside the MIDI range, so no note has it. */
  private static final int CHORD_PITCH = 128;

  private static boolean together(NoteEvent a, NoteEvent b) {
    return a.startSeconds() == b.startSeconds()
        && a.durationSeconds() == b.durationSeconds()
        && a.velocity() == b.velocity()
        && a.params().equals(b.params());
  }

  /** Sub-seed index of take 0; far from the indices voices use for their own sources. */
  private static final int TAKE_SEED = 0x7A4E;

  private static void addScaled(float[][] out, int start, float[][] take, int frames, float g) {
    float[] l = take[0];
    float[] r = take[take.length - 1];
    if (out.length == 2) {
      float[] o0 = out[0];
      float[] o1 = out[1];
      for (int i = 0; i < frames; i++) {
        o0[start + i] += g * l[i];
        o1[start + i] += g * r[i];
      }
    } else {
      float[] o = out[0];
      if (take.length == 2) {
        for (int i = 0; i < frames; i++) {
          o[start + i] += 0.5f * (g * l[i] + g * r[i]);
        }
      } else {
        for (int i = 0; i < frames; i++) {
          o[start + i] += g * l[i];
        }
      }
    }
  }

  private static void finish(
      float[] x, NoteBuffer b, int sampleRate, double fadeOutSeconds, boolean blockDc) {
    if (blockDc) {
      new OnePoleFilter(DC_CUTOFF_HZ, sampleRate).highpassInPlace(x, b.frames);
    }
    int fadeIn =
        Math.min(b.totalFrames / 2, Math.max(2, (int) Math.round(FADE_IN_SECONDS * sampleRate)));
    int fadeOut =
        Math.min(b.totalFrames / 2, Math.max(2, (int) Math.round(fadeOutSeconds * sampleRate)));
    for (int i = 0; i < Math.min(fadeIn, b.frames); i++) {
      x[i] *= (float) i / fadeIn;
    }
    int from = b.totalFrames - fadeOut;
    for (int i = Math.max(from, 0); i < b.frames; i++) {
      x[i] *= (float) (b.totalFrames - 1 - i) / fadeOut;
    }
  }

  private void mixInto(float[][] out, int start, NoteBuffer b) {
    float[] l = b.left;
    float[] r = stereo() ? b.right : b.left;
    if (out.length == 2) {
      float[] o0 = out[0];
      float[] o1 = out[1];
      for (int i = 0; i < b.frames; i++) {
        o0[start + i] += l[i];
        o1[start + i] += r[i];
      }
    } else {
      float[] o = out[0];
      if (stereo()) {
        for (int i = 0; i < b.frames; i++) {
          o[start + i] += 0.5f * (l[i] + r[i]);
        }
      } else {
        for (int i = 0; i < b.frames; i++) {
          o[start + i] += l[i];
        }
      }
    }
  }

  /** Level for a velocity: a square law, the usual 40·log10(v) dB velocity curve. */
  protected static double velocityGain(double velocity) {
    return velocity * velocity;
  }

  protected static double hz(NoteEvent note) {
    return dev.cadenza.dsp.Pitch.hz(note.pitch());
  }
}
