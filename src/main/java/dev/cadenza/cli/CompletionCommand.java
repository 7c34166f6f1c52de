package dev.cadenza.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the bash/zsh completion script for the whole command tree. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the bash (and zsh) completion script.",
    footer = {"%nExamples:", "  source <(cadenza completion)"})
final class CompletionCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  CompletionCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    String script = CompletionScript.generate();
    streams.out().write(script.getBytes(StandardCharsets.UTF_8));
    return 0;
  }
}
