package dev.cadenza.cli;

import picocli.CommandLine.Option;

/** {@code --pretty}: indented JSON, the same option in every command that writes JSON. */
public final class PrettyOption {

  @Option(names = "--pretty", description = "Indent the JSON for people.")
  boolean pretty;

  boolean on() {
    return pretty;
  }
}
