package dev.cadenza.generate;

import dev.cadenza.synth.Instrument;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One instrument's notes in a part, rendered through a window that slides along the track, so a
 * stem of any length needs memory for its longest note only.
 *
 * <p>Every note is added whole (the window always reaches its last frame) and in start order into
 * the same running sums, so each frame comes out exactly as from one render of all the notes into a
 * buffer the length of the track, whatever the window size and however the frames are asked for.
 * Mono instruments keep one channel.
 */
final class InstrumentLane {
  private final Instrument.Voices voices;
  private final List<NoteEvent> notes;
  private final long[] starts;
  private final int[] lengths;
  private final float[][] window;
  private final float leftGain;
  private final float rightGain;
  private long base;
  private int next;

  /**
   * @param segment the most frames one {@link #addTo} call asks for
   * @param leftGain the left channel's gain (its place in the stem, {@link KitPlacement})
   * @param rightGain the right channel's
   */
  InstrumentLane(
      Instrument instrument,
      List<NoteEvent> notes,
      int sampleRate,
      long seed,
      int segment,
      float leftGain,
      float rightGain) {
    this.leftGain = leftGain;
    this.rightGain = rightGain;
    List<NoteEvent> sorted = new ArrayList<>(notes);
    // Stable: notes that start together keep their order (a chord stays one run of notes).
    sorted.sort(Comparator.comparingLong(n -> Instrument.startFrame(n, sampleRate)));
    this.notes = sorted;
    this.starts = new long[sorted.size()];
    this.lengths = new int[sorted.size()];
    int longest = 0;
    for (int i = 0; i < sorted.size(); i++) {
      starts[i] = Instrument.startFrame(sorted.get(i), sampleRate);
      lengths[i] = instrument.soundingFrames(sorted.get(i), sampleRate);
      longest = Math.max(longest, lengths[i]);
    }
    // Twice what one request can need (its frames plus the longest note started in them): the
    // window then slides at most once per frame of output, copying no more than it moves.
    long size = 2L * ((long) segment + longest);
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("note too long to render: " + longest + " frames");
    }
    this.window = new float[instrument.stereo() ? 2 : 1][(int) size];
    this.voices = instrument.voices(sampleRate, seed);
  }

  /**
   * Puts frames {@code [from, from + n)} of the instrument's sound into {@code left} and {@code
   * right} at {@code at}: copied when {@code replace}, otherwise added. Calls must ask for frames
   * in order, without gaps or overlaps, at most {@code segment} frames each.
   */
  void addTo(float[] left, float[] right, int at, long from, int n, boolean replace) {
    long to = from + n;
    int end = next;
    long reach = to;
    while (end < starts.length && starts[end] < to) {
      reach = Math.max(reach, starts[end] + lengths[end]);
      end++;
    }
    if (reach > base + window[0].length) {
      slide(from);
    }
    if (end > next) {
      voices.add(notes.subList(next, end), window, base);
      next = end;
    }
    int offset = (int) (from - base);
    float[] l = window[0];
    float[] r = window[window.length - 1];
    if (leftGain != 1f || rightGain != 1f) {
      for (int i = 0; i < n; i++) {
        float a = leftGain * l[offset + i];
        float b = rightGain * r[offset + i];
        left[at + i] = replace ? a : left[at + i] + a;
        right[at + i] = replace ? b : right[at + i] + b;
      }
    } else if (replace) {
      System.arraycopy(l, offset, left, at, n);
      System.arraycopy(r, offset, right, at, n);
    } else {
      for (int i = 0; i < n; i++) {
        left[at + i] += l[offset + i];
        right[at + i] += r[offset + i];
      }
    }
  }

  /** Moves the window to start at {@code from}; what lies before it has been handed out. */
  private void slide(long from) {
    int drop = (int) (from - base);
    for (float[] channel : window) {
      System.arraycopy(channel, drop, channel, 0, channel.length - drop);
      Arrays.fill(channel, channel.length - drop, channel.length, 0f);
    }
    base = from;
  }
}
