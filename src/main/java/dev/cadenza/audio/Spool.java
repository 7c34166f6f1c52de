package dev.cadenza.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Audio from a stream that can be read only once (standard input), copied to a temporary float WAV
 * so that work needing several passes (mastering measures, adjusts and renders) can reopen it. The
 * copy is lossless: every format this project reads converts exactly to 32-bit float.
 *
 * <p>The file's name is removed as soon as it is open, so nothing is left in the temporary folder
 * however the process ends (even {@code kill -9}); the open channel keeps the data until {@link
 * #close()}. Each {@link #open()} reads it from the start at its own position, so several readers
 * may run at once.
 */
public final class Spool implements AutoCloseable {
  private static final int BLOCK_FRAMES = 8192;

  private final FileChannel channel;
  private final long frames;

  private Spool(FileChannel channel, long frames) {
    this.channel = channel;
    this.frames = frames;
  }

  /** Copies all of {@code source} (and closes it). */
  public static Spool of(AudioSource source) throws IOException {
    FileChannel channel = unnamedFile();
    long frames = 0;
    try (source) {
      OutputStream out = Channels.newOutputStream(channel);
      WavWriter writer =
          WavWriter.toStream(
              out,
              source.format().sampleRate(),
              source.format().layout(),
              WavEncoding.FLOAT_32,
              Dither.none(),
              -1);
      AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
      while (source.read(block) > 0) {
        writer.write(block);
        frames += block.frames();
      }
      writer.finish();
      out.flush();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return new Spool(channel, frames);
  }

  /**
   * A read-write file in the temporary folder whose name is already gone: nothing is left behind
   * however the process ends, and closing the channel frees its space.
   */
  public static FileChannel unnamedFile() throws IOException {
    Path file = Files.createTempFile("cadenza-", ".wav");
    try {
      return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The frames copied. */
  public long frames() {
    return frames;
  }

  /**
   * The copy, from its start, with its length known (the header written before the copy could not
   * say it, and writers of a known length give their output exact sizes).
   */
  public AudioSource open() throws IOException {
    WavReader reader = WavReader.open(new PositionalStream(channel), "standard input (spooled)");
    return new ForwardingSource(reader) {
      @Override
      public long frameCount() {
        return frames;
      }
    };
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
