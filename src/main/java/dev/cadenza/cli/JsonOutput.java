package dev.cadenza.cli;

import java.io.IOException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where and how a command writes its JSON document: {@code -o FILE} and {@code --pretty}. */
public final class JsonOutput {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the JSON to FILE (atomically) instead of standard output.")
  String output;

  @Mixin PrettyOption pretty;

  void write(Object document, Streams streams) throws IOException {
    Outputs.writeJson(document, output, pretty.on(), streams);
  }
}
