package dev.cadenza.produce;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.PositionalStream;
import dev.cadenza.audio.Spool;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;

/**
 * The master as the bytes of the WAV file a stage run on its own writes: held in memory when the
 * track is short, in an unnamed temporary file when it is long (an hour of 24-bit stereo is 950 MB,
 * more than a modest heap holds). Closing it frees the file's space.
 */
public final class EncodedMaster implements AutoCloseable {
  private static final int BLOCK_FRAMES = 8192;

  private final byte[] bytes;
  private final FileChannel file;

  private EncodedMaster(byte[] bytes, FileChannel file) {
    this.bytes = bytes;
    this.file = file;
  }

  /** The master's bytes held in memory. */
  static EncodedMaster inMemory(AudioSource source, WavEncoding encoding, Dither dither)
      throws IOException {
    return new EncodedMaster(MemoryAudio.encode(source, encoding, dither), null);
  }

  /** The master's bytes in a temporary file (its name already gone). */
  static EncodedMaster inFile(AudioSource source, WavEncoding encoding, Dither dither)
      throws IOException {
    FileChannel channel = Spool.unnamedFile();
    try {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      AudioFormat format = source.format();
      WavWriter writer =
          WavWriter.toStream(
              out,
              format.sampleRate(),
              ChannelLayout.defaultFor(format.channels()),
              encoding,
              dither,
              source.frameCount());
      AudioBlock block = new AudioBlock(format.channels(), BLOCK_FRAMES);
      while (source.read(block) > 0) {
        writer.write(block);
      }
      writer.finish();
      out.flush();
      return new EncodedMaster(null, channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The file's bytes from the start; closing the stream leaves the master open. */
  public InputStream open() {
    return bytes != null ? new ByteArrayInputStream(bytes) : new PositionalStream(file);
  }

  /** The file's length in bytes. */
  public long size() throws IOException {
    return bytes != null ? bytes.length : file.size();
  }

  /** Writes the whole file to {@code out} (not flushed). */
  public void writeTo(OutputStream out) throws IOException {
    if (bytes != null) {
      out.write(bytes);
      return;
    }
    try (InputStream in = open()) {
      in.transferTo(out);
    }
  }

  /** Writes the whole file to {@code channel} at its position. */
  public void writeTo(WritableByteChannel channel) throws IOException {
    if (bytes != null) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      return;
    }
    long size = file.size();
    for (long at = 0; at < size; ) {
      long n = file.transferTo(at, size - at, channel);
      if (n <= 0) {
        throw new IOException("the master could not be copied past byte " + at);
      }
      at += n;
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
