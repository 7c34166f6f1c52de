package dev.cadenza.cli;

import picocli.CommandLine.Option;

/** Options every command has, with the same meaning everywhere. */
public final class CommonOptions {

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no warnings and no progress; errors only.")
  boolean quiet;

  public boolean quiet() {
    return quiet;
  }
}
