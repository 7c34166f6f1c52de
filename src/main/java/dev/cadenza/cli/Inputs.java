package dev.cadenza.cli;

import dev.cadenza.MissingInputException;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
      return Json.read(streams.in(), displayName(name), contract, type);
    }
    try (InputStream in = Files.newInputStream(Path.of(name))) {
      return Json.read(in, name, contract, type);
    } catch (NoSuchFileException e) {
      throw new MissingInputException(name, "no such file", null, e);
    }
  }

  static WavReader openWav(String name, Streams streams) throws IOException {
    return STDIN.equals(name)
        ? WavReader.open(streams.in(), displayName(name))
        : WavReader.open(Path.of(name));
  }
}
