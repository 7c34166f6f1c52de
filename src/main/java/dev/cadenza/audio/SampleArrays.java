package dev.cadenza.audio;

import java.io.IOException;

/**
 * Audio held as planar float arrays ({@code samples[channel][frame]}), read and written as sources.
 */
public final class SampleArrays {
  private static final int BLOCK_FRAMES = 8192;

  private SampleArrays() {}

  /** A source over planar samples, from their start. */
  public static AudioSource source(float[][] samples, int sampleRate) {
    return source(samples, sampleRate, 1f);
  }

  /** A source over planar samples, from their start, each read times {@code gain}. */
  public static AudioSource source(float[][] samples, int sampleRate, float gain) {
    AudioFormat format = AudioFormat.floatFormat(sampleRate, samples.length);
    return new AudioSource() {
      private int position;

      @Override
      public AudioFormat format() {
        return format;
      }

      @Override
      public long frameCount() {
        return samples[0].length;
      }

      @Override
      public int read(AudioBlock block) {
        int n = Math.min(block.capacity(), samples[0].length - position);
        for (int c = 0; c < samples.length; c++) {
          float[] from = samples[c];
          float[] to = block.channel(c);
          if (gain == 1f) {
            System.arraycopy(from, position, to, 0, n);
          } else {
            for (int i = 0; i < n; i++) {
              to[i] = from[position + i] * gain;
            }
          }
        }
        position += n;
        block.setFrames(n);
        return n;
      }
    };
  }

  /** All of a source whose length is known, which is then closed. */
  public static float[][] read(AudioSource source) throws IOException {
    try (source) {
      long frames = source.frameCount();
      if (frames < 0 || frames > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("length unknown or too long to hold: " + frames);
      }
      float[][] out = new float[source.format().channels()][(int) frames];
      readInto(source, out);
      return out;
    }
  }

  /**
   * Reads {@code source} to its end into {@code out} from frame 0 (arrays long enough for all of
   * it); returns the frames read. The source is not closed.
   */
  public static int readInto(AudioSource source, float[][] out) throws IOException {
    int channels = source.format().channels();
    AudioBlock block = new AudioBlock(channels, BLOCK_FRAMES);
    int at = 0;
    int n;
    while ((n = source.read(block)) > 0) {
      if (at + n > out[0].length) {
        throw new IllegalStateException("source longer than " + out[0].length + " frames");
      }
      for (int c = 0; c < channels; c++) {
        System.arraycopy(block.channel(c), 0, out[c], at, n);
      }
      at += n;
    }
    return at;
  }
}
