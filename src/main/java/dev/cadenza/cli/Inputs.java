package dev.cadenza.cli;

import dev.cadenza.audio.WavReader;
import java.io.IOException;
import java.nio.file.Path;

/** Opens the inputs commands name on their command line, where "-" means standard input. */
final class Inputs {

  static final String STDIN = "-";

  private Inputs() {}

  static WavReader openWav(String name, Streams streams) throws IOException {
    return STDIN.equals(name)
        ? WavReader.open(streams.in(), "stdin")
        : WavReader.open(Path.of(name));
  }
}
