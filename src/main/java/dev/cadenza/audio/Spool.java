package dev.cadenza.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Audio from a stream that can be read only once (standard input), copied to a temporary float WAV
 * so that work needing several passes (mastering measures, adjusts and renders) can reopen it. The
 * copy is lossless: every format this project reads converts exactly to 32-bit float.
 */
public final class Spool implements AutoCloseable {
  private static final int BLOCK_FRAMES = 8192;

  private final Path file;

  private Spool(Path file) {
    this.file = file;
  }

  /** Copies all of {@code source} (and closes it). */
  public static Spool of(AudioSource source) throws IOException {
    Path file = Files.createTempFile("cadenza-", ".wav");
    file.toFile().deleteOnExit();
    try (source;
        WavWriter out =
            WavWriter.scratch(
                file,
                source.format().sampleRate(),
                source.format().layout(),
                WavEncoding.FLOAT_32)) {
      AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
      while (source.read(block) > 0) {
        out.write(block);
      }
      out.finish();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Spool(file);
  }

  /** The copy, from its start. */
  public AudioSource open() throws IOException {
    return WavReader.open(file);
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
