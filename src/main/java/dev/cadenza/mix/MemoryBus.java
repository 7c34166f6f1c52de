package dev.cadenza.mix;

import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.SampleArrays;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * {@link Mixer}'s bus held in memory, for stems that are rendered whole and finish in any order:
 * each stem runs through its strip ({@link Mixer#processed}) into a buffer, and the strips are
 * added onto the bus in stem order, as {@link Mixer#open} adds them (float sums depend on their
 * order); one finished early waits in its buffer until those before it are added. A buffer is
 * reused once its strip is on the bus, so memory holds the bus and the strips waiting, not every
 * strip of the track.
 */
public final class MemoryBus {
  private final int channels;
  private final int frames;
  private final float[][] bus;
  private final float[][][] waiting;
  private final Deque<float[][]> free = new ArrayDeque<>();
  private int next;

  /** A bus of {@code channels} and {@code frames} for {@code strips} strips. */
  public MemoryBus(int channels, int frames, int strips) {
    this.channels = channels;
    this.frames = frames;
    this.bus = new float[channels][frames];
    this.waiting = new float[strips][][];
  }

  /** A buffer for one strip: {@code channels} arrays of the bus's length, contents undefined. */
  public synchronized float[][] buffer() {
    float[][] b = free.poll();
    return b != null ? b : new float[channels][frames];
  }

  /**
   * Runs {@code source} (the audio of stem {@code index}, which may be read from {@code buffer}
   * itself: each block is read before its frames are written back) through the stem's strip into
   * {@code buffer} and adds it; the strip's tempo-synced stages follow {@code bpm} (null: none
   * known).
   */
  public void strip(int index, Mixer.Stem stem, AudioSource source, float[][] buffer, Double bpm)
      throws IOException {
    int length;
    try (AudioSource strip = Mixer.processed(stem, source, channels, bpm)) {
      length = SampleArrays.readInto(strip, buffer);
    }
    add(index, buffer, length);
  }

  /**
   * Strip {@code index}, whose first {@code length} frames are in {@code buffer} (a buffer from
   * {@link #buffer()}; silence after them). The buffer is the bus's again afterwards.
   */
  public synchronized void add(int index, float[][] buffer, int length) {
    if (waiting[index] != null || index < next) {
      throw new IllegalStateException("strip " + index + " added twice");
    }
    for (float[] channel : buffer) {
      Arrays.fill(channel, length, frames, 0f);
    }
    waiting[index] = buffer;
    for (; next < waiting.length && waiting[next] != null; next++) {
      float[][] strip = waiting[next];
      for (int c = 0; c < channels; c++) {
        float[] to = bus[c];
        float[] from = strip[c];
        for (int i = 0; i < frames; i++) {
          to[i] += from[i];
        }
      }
      waiting[next] = null;
      free.push(strip);
    }
  }

  /** The sum of every strip, once all are added. */
  public synchronized float[][] sum() {
    if (next < waiting.length) {
      throw new IllegalStateException("strip " + next + " not added");
    }
    free.clear();
    return bus;
  }
}
