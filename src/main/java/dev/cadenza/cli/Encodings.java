package dev.cadenza.cli;

import dev.cadenza.audio.WavEncoding;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The values of {@code --bits} and {@code --sample-rate}, the same for every command that renders
 * audio.
 */
final class Encodings {
  private Encodings() {}

  static WavEncoding of(String bits, CommandSpec spec) {
    return switch (bits) {
      case "16" -> WavEncoding.PCM_16;
      case "24" -> WavEncoding.PCM_24;
      case "32f", "32" -> WavEncoding.FLOAT_32;
      default ->
          throw new ParameterException(spec.commandLine(), "--bits must be 16, 24 or 32f: " + bits);
    };
  }

  /** The rendering rate, one of those the generator supports. */
  static int sampleRate(int hz, CommandSpec spec) {
    if (hz != 44100 && hz != 48000 && hz != 96000) {
      throw new ParameterException(
          spec.commandLine(), "--sample-rate must be 44100, 48000 or 96000: " + hz);
    }
    return hz;
  }
}
