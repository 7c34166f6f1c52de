package dev.cadenza.produce;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The strips of a mix added onto the bus in stem order, as mix's bus adds them (float sums depend
 * on their order), whatever order the strips are finished in: one finished early waits in its
 * buffer until those before it are added. A buffer is reused once its strip is on the bus, so
 * memory holds the bus and the strips waiting, not every strip of the track.
 */
final class StripBus {
  private final int channels;
  private final int frames;
  private final float[][] bus;
  private final float[][][] waiting;
  private final Deque<float[][]> free = new ArrayDeque<>();
  private int next;

  StripBus(int channels, int frames, int strips) {
    this.channels = channels;
    this.frames = frames;
    this.bus = new float[channels][frames];
    this.waiting = new float[strips][][];
  }

  /** A buffer for one strip: {@code channels} arrays of the bus's length, contents undefined. */
  synchronized float[][] buffer() {
    float[][] b = free.poll();
    return b != null ? b : new float[channels][frames];
  }

  /**
   * Strip {@code index}, whose first {@code length} frames are in {@code buffer} (a buffer from
   * {@link #buffer()}; silence after them). The buffer is the bus's again afterwards.
   */
  synchronized void add(int index, float[][] buffer, int length) {
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
  synchronized float[][] sum() {
    if (next < waiting.length) {
      throw new IllegalStateException("strip " + next + " not added");
    }
    free.clear();
    return bus;
  }
}
