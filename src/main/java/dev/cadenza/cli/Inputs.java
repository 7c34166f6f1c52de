package dev.cadenza.cli;

import dev.cadenza.audio.WavReader;
import dev.cadenza.io.InputFile;
import dev.cadenza.parse.SpecCompletion;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackLimits;
import dev.cadenza.spec.TrackSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Opens the inputs commands name on their command line, where "-" means standard input. */
final class Inputs {

  static final String STDIN = "-";

  private Inputs() {}

  /** How messages name an input: its path, or "stdin" for "-" or no file (standard input). */
  static String displayName(String name) {
    return name == null || STDIN.equals(name) ? "stdin" : name;
  }

  /** Reads a contract document from a file or, for "-", standard input. */
  static <T> T readDocument(String name, Streams streams, Contract contract, Class<T> type)
      throws IOException {
    if (STDIN.equals(name)) {
      return checked(Json.read(streams.in(), displayName(name), contract, type), "stdin");
    }
    T document;
    try (InputStream in = InputFile.open(Path.of(name))) {
      document = Json.read(in, name, contract, type);
    }
    return checked(document, name);
  }

  /** A trackspec's numbers checked against their limits ({@link TrackLimits}) as it is read. */
  private static <T> T checked(T document, String name) {
    if (document instanceof TrackSpec spec) {
      TrackLimits.check(spec, name);
    }
    return document;
  }

  /**
   * Reads a trackspec that may leave fields out and fills them in as parse would.
   *
   * @param seed the command's --seed, or null
   */
  static TrackSpec readTrackSpec(String name, Streams streams, Long seed) throws IOException {
    Json.Partial<TrackSpec> partial;
    if (STDIN.equals(name)) {
      partial =
          Json.readPartial(streams.in(), displayName(name), Contract.TRACKSPEC, TrackSpec.class);
    } else {
      try (InputStream in = InputFile.open(Path.of(name))) {
        partial = Json.readPartial(in, name, Contract.TRACKSPEC, TrackSpec.class);
      }
    }
    return checked(SpecCompletion.standard(partial, seed, displayName(name)), displayName(name));
  }

  static WavReader openWav(String name, Streams streams) throws IOException {
    return STDIN.equals(name)
        ? WavReader.open(streams.in(), displayName(name))
        : WavReader.open(Path.of(name));
  }
}
