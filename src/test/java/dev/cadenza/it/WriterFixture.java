package dev.cadenza.it;

import java.nio.file.Path;

/** Files written by cadenza's own writer, for other tools to read. */
final class WriterFixture {
  static final int FRAMES = 12_000;

  private WriterFixture() {}

  static void sixChannelRf64(Path file) throws Exception {
    dev.cadenza.audio.WavWriterAccess.writeSixChannelRf64(file, FRAMES);
  }
}
