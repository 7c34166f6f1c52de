package dev.cadenza.cli;

import dev.cadenza.audio.WavEncoding;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --bits} option's values, the same for every command that writes audio. */
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
}
