package dev.cadenza.produce;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavReader;
import dev.cadenza.audio.WavWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Audio held in memory between the stages of one process: planar float arrays read as a source, and
 * the round trip through a WAV encoding, so that what the next stage reads is exactly what it would
 * read from the file a stage run on its own writes.
 */
final class MemoryAudio {
  private static final int BLOCK_FRAMES = 8192;

  private MemoryAudio() {}

  /** A source over planar samples, from their start. */
  static AudioSource source(float[][] samples, int sampleRate) {
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
          System.arraycopy(samples[c], position, block.channel(c), 0, n);
        }
        position += n;
        block.setFrames(n);
        return n;
      }
    };
  }

  /** The WAV file bytes {@code source} would be written as (the source is read to its end). */
  static byte[] encode(AudioSource source, WavEncoding encoding, Dither dither) throws IOException {
    AudioFormat format = source.format();
    long frames = source.frameCount();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(
            (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1024, frames * format.channels() * 4)));
    WavWriter writer =
        WavWriter.toStream(
            out,
            format.sampleRate(),
            ChannelLayout.defaultFor(format.channels()),
            encoding,
            dither,
            frames);
    AudioBlock block = new AudioBlock(format.channels(), BLOCK_FRAMES);
    while (source.read(block) > 0) {
      writer.write(block);
    }
    writer.finish();
    return out.toByteArray();
  }

  /** The samples a WAV file holds. */
  static float[][] decode(byte[] wav) throws IOException {
    return read(WavReader.open(new ByteArrayInputStream(wav), "memory"));
  }

  /** All of a source whose length is known, which is then closed. */
  static float[][] read(AudioSource source) throws IOException {
    try (source) {
      int channels = source.format().channels();
      long frames = source.frameCount();
      if (frames < 0 || frames > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("length unknown or too long to hold: " + frames);
      }
      float[][] out = new float[channels][(int) frames];
      AudioBlock block = new AudioBlock(channels, BLOCK_FRAMES);
      int at = 0;
      int n;
      while ((n = source.read(block)) > 0) {
        for (int c = 0; c < channels; c++) {
          System.arraycopy(block.channel(c), 0, out[c], at, n);
        }
        at += n;
      }
      return out;
    }
  }
}
