package dev.cadenza.cli;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the completion script of a shell for the whole command tree. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the completion script for bash (the default), zsh or fish.",
      "bin/install installs all three; these are the same scripts as in completions/."
    },
    footer = {
      "%nExamples:",
      "  source <(cadenza completion)",
      "  cadenza completion fish > ~/.config/fish/completions/cadenza.fish"
    })
final class CompletionCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SHELL",
      defaultValue = "bash",
      completionCandidates = ShellNames.class,
      description = "bash, zsh or fish (default ${DEFAULT-VALUE}).")
  String shell;

  CompletionCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    CompletionScript.Shell which;
    try {
      which = CompletionScript.Shell.named(shell);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "unknown shell '" + shell + "', expected bash, zsh or fish");
    }
    streams.out().write(CompletionScript.generate(which).getBytes(StandardCharsets.UTF_8));
    return 0;
  }

  /** The shells, for completion. */
  static final class ShellNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("bash", "zsh", "fish").iterator();
    }
  }
}
