package dev.cadenza.cli;

import dev.cadenza.OutputException;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.produce.EncodedMaster;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Writes a command's results to stdout or, atomically, to files. */
final class Outputs {

  private Outputs() {}

  /**
   * WAV audio is not for a terminal: refused as a usage error, before any work, when it would go to
   * standard output and that is one. {@code redirect} is the hint's example ({@code > x.wav}).
   */
  static void refuseAudioOnTerminal(Streams streams, CommandSpec spec, String hint) {
    if (streams.terminals().out()) {
      throw new ParameterException(
          spec.commandLine(), "standard output is a terminal, not a place for WAV audio: " + hint);
    }
  }

  /** Writes JSON to stdout, or to {@code output} when it names a file. */
  static void writeJson(Object document, String output, boolean pretty, Streams streams)
      throws IOException {
    if (output == null || Inputs.STDIN.equals(output)) {
      Json.write(document, streams.out(), pretty);
      return;
    }
    byte[] bytes = Json.toBytes(document, pretty);
    byte[] line = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    line[bytes.length] = '\n';
    writeFile(line, output);
  }

  /**
   * Fails now (exit 74) if {@code output}, a file name, or "-" or null for stdout, is unwritable.
   */
  static void probe(String output) {
    if (output != null && !Inputs.STDIN.equals(output)) {
      AtomicFile.probe(Path.of(output));
    }
  }

  /** Writes JSON, indented, to the file {@code output} (never stdout, which carries the data). */
  static void writeJsonFile(Object document, String output) throws IOException {
    byte[] bytes = Json.toBytes(document, true);
    byte[] line = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    line[bytes.length] = '\n';
    writeFile(line, output);
  }

  /** Writes text files (name to contents) into {@code dir}, each atomically; creates the folder. */
  static void writeTextFiles(java.util.Map<String, String> files, Path dir) {
    try {
      java.nio.file.Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OutputException(
          dir.toString(), "cannot create the folder: " + e.getMessage(), null, e);
    }
    for (var file : files.entrySet()) {
      writeFile(
          file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8),
          dir.resolve(file.getKey()).toString());
    }
  }

  /** Writes a master atomically, as {@link #writeFile(byte[], String)} writes bytes. */
  static void writeFile(EncodedMaster master, String output) {
    try (AtomicFile file = AtomicFile.create(Path.of(output))) {
      master.writeTo(file.channel());
      file.commit();
    } catch (IOException e) {
      throw new OutputException(output, "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }

  /** Writes a whole file atomically: it appears complete or not at all. */
  static void writeFile(byte[] contents, String output) {
    try (AtomicFile file = AtomicFile.create(Path.of(output))) {
      ByteBuffer buffer = ByteBuffer.wrap(contents);
      while (buffer.hasRemaining()) {
        file.channel().write(buffer);
      }
      file.commit();
    } catch (IOException e) {
      throw new OutputException(output, "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }
}
