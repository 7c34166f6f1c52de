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

  @Override
  public final void render(List<NoteEvent> notes, float[][] out, int sampleRate, long seed) {
    if (sampleRate < 8000 || sampleRate > 384000) {
      throw new IllegalArgumentException("sample rate must be 8000..384000 Hz: " + sampleRate);
    }
    if (out.length < 1 || out.length > 2 || (out.length == 2 && out[0].length != out[1].length)) {
      throw new IllegalArgumentException("output must have one or two channels of equal length");
    }
    int outFrames = out[0].length;
    NoteBuffer buffer = new NoteBuffer(sampleRate);
    for (NoteEvent note : notes) {
      long start = Math.round(note.startSeconds() * sampleRate);
      if (start >= outFrames) {
        continue;
      }
      int total = Math.max(2, (int) Math.round(soundingSeconds(note) * sampleRate));
      int frames = (int) Math.min(total, outFrames - start);
      int gate =
          (int) Math.min(total, Math.max(1, Math.round(note.durationSeconds() * sampleRate)));
      buffer.prepare(frames, total, gate, Seeds.note(seed, start, note.pitch()));
      renderNote(note, buffer);
      double fadeOut = Math.max(FADE_OUT_SECONDS, fadeOutSeconds(note));
      finish(buffer.left, buffer, sampleRate, fadeOut, blocksDc());
      if (stereo()) {
        finish(buffer.right, buffer, sampleRate, fadeOut, blocksDc());
      }
      mixInto(out, (int) start, buffer);
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
