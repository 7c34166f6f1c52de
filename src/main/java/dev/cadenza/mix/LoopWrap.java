package dev.cadenza.mix;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.SampleArrays;
import java.io.IOException;
import java.util.List;

/**
 * A loop's returns carried round onto its start: the bus is run for the loop and the returns' tail
 * after it, and the tail is added onto the loop's first frames (round again when it is longer than
 * the loop), so the room and the echo of the last bar ring into the first as they do when the loop
 * repeats. The returns are linear, so this is exactly what they give in a loop played over and over
 * (up to the tail's cut, where they have died away).
 */
final class LoopWrap implements AudioSource {
  private final AudioSource bus;
  private final int frames;
  private float[][] looped;
  private int position;

  /**
   * @param bus the bus, running on after the stems for the returns' tail
   * @param frames the loop's length
   */
  LoopWrap(AudioSource bus, int frames) {
    this.bus = bus;
    this.frames = frames;
  }

  /**
   * The first {@code frames} frames of {@code channels} with everything after them added onto them,
   * wrapping round: frame {@code frames + i} onto frame {@code i mod frames}.
   */
  static float[][] fold(float[][] channels, int frames) {
    float[][] out = new float[channels.length][];
    for (int c = 0; c < channels.length; c++) {
      float[] from = channels[c];
      float[] to = java.util.Arrays.copyOf(from, frames);
      for (int i = frames; i < from.length; i++) {
        to[i % frames] += from[i];
      }
      out[c] = to;
    }
    return out;
  }

  @Override
  public AudioFormat format() {
    return bus.format();
  }

  @Override
  public long frameCount() {
    return frames;
  }

  @Override
  public List<String> warnings() {
    return bus.warnings();
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    if (looped == null) {
      float[][] all = new float[bus.format().channels()][(int) bus.frameCount()];
      SampleArrays.readInto(bus, all);
      looped = fold(all, frames);
    }
    int n = Math.min(block.capacity(), frames - position);
    for (int c = 0; c < looped.length; c++) {
      System.arraycopy(looped[c], position, block.channel(c), 0, n);
    }
    block.setFrames(n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    bus.close();
  }
}
