package dev.cadenza.cli;

import dev.cadenza.OutputException;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Writes a command's JSON result to stdout or, atomically, to the file named by -o. */
final class Outputs {

  private Outputs() {}

  static void writeJson(Object document, String output, boolean pretty, Streams streams)
      throws IOException {
    if (output == null || Inputs.STDIN.equals(output)) {
      Json.write(document, streams.out(), pretty);
      return;
    }
    byte[] bytes = Json.toBytes(document, pretty);
    try (AtomicFile file = AtomicFile.create(Path.of(output))) {
      ByteBuffer buffer = ByteBuffer.allocate(bytes.length + 1).put(bytes).put((byte) '\n');
      buffer.flip();
      while (buffer.hasRemaining()) {
        file.channel().write(buffer);
      }
      file.commit();
    } catch (IOException e) {
      throw new OutputException(output, "cannot write: " + e.getMessage(), null, e);
    }
  }
}
