package dev.cadenza.produce;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** A master encoded in memory: the bytes of the WAV file a stage run on its own writes. */
final class MemoryAudio {
  private static final int BLOCK_FRAMES = 8192;

  private MemoryAudio() {}

  /** The WAV file bytes {@code source} would be written as (the source is read to its end). */
  static byte[] encode(AudioSource source, WavEncoding encoding, Dither dither) throws IOException {
    AudioFormat format = source.format();
    long frames = source.frameCount();
    Bytes out = new Bytes();
    WavWriter writer =
        WavWriter.toStream(
            out,
            format.sampleRate(),
            ChannelLayout.defaultFor(format.channels()),
            encoding,
            dither,
            frames);
    // The header is out; the rest is known to the byte (the data and its pad byte), so the array
    // is allocated once at its final size instead of grown and copied.
    long data = frames * format.channels() * (encoding.bits() / 8);
    out.reserve(data + (data & 1));
    AudioBlock block = new AudioBlock(format.channels(), BLOCK_FRAMES);
    while (source.read(block) > 0) {
      writer.write(block);
    }
    writer.finish();
    return out.bytes();
  }

  /** An output stream into one array that {@link #reserve} sizes ahead of the writes. */
  private static final class Bytes extends OutputStream {
    private byte[] buffer = new byte[256];
    private int count;

    /** Makes room for {@code more} bytes after those written so far. */
    void reserve(long more) {
      long size = count + more;
      if (size > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("too long to hold in memory: " + size + " bytes");
      }
      if (size > buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) size);
      }
    }

    @Override
    public void write(int b) {
      if (count == buffer.length) {
        reserve(1 + buffer.length / 2);
      }
      buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
      if (count + length > buffer.length) {
        reserve(Math.max(length, buffer.length / 2));
      }
      System.arraycopy(b, offset, buffer, count, length);
      count += length;
    }

    /** What was written; the array itself when it was sized exactly. */
    byte[] bytes() {
      return count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
    }
  }
}
