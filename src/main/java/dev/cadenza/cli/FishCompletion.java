package dev.cadenza.cli;

import dev.cadenza.cli.CommandShape.Arg;
import java.util.List;

/** The fish completions: one {@code complete} line per command, option and argument list. */
final class FishCompletion {

  private FishCompletion() {}

  private static final String AT_ROOT = "__fish_use_subcommand";

  static String script(List<CommandShape> shapes) {
    CommandShape root = shapes.get(0);
    List<CommandShape> commands = shapes.subList(1, shapes.size());
    StringBuilder out = new StringBuilder();
    out.append(
        """
        # fish completion for cadenza. Generated from the command model by the build
        # (CompletionScript); edit the commands, not this file.
        # Installed by bin/install; or copy to ~/.config/fish/completions/cadenza.fish

        # No file names unless an option or argument takes them.
        complete -c cadenza -f
        """);
    for (CommandShape command : commands) {
      out.append(line(AT_ROOT, "-a " + command.name(), command.summary()));
    }
    for (Arg option : root.options()) {
      out.append(line(AT_ROOT, option(option), option.summary()));
    }
    for (CommandShape command : commands) {
      String when = "'__fish_seen_subcommand_from " + command.name() + "'";
      out.append("\n");
      for (Arg option : command.options()) {
        out.append(line(when, option(option), option.summary()));
      }
      Arg positional = command.positional();
      if (positional != null && !value(positional).isEmpty()) {
        out.append(line(when, value(positional), positional.summary()));
      }
    }
    return out.toString();
  }

  private static String line(String condition, String what, String description) {
    return "complete -c cadenza -n " + condition + " " + what + " -d " + quote(description) + "\n";
  }

  /** {@code -s o -l output} and how its value completes. */
  private static String option(Arg option) {
    StringBuilder out = new StringBuilder();
    for (String name : option.names()) {
      if (name.startsWith("--")) {
        out.append("-l ").append(name.substring(2)).append(' ');
      } else if (name.length() == 2) {
        out.append("-s ").append(name.charAt(1)).append(' ');
      } else {
        throw new IllegalStateException("fish has no form for the option name " + name);
      }
    }
    String value = value(option);
    return value.isEmpty() ? out.toString().strip() : out + "-r " + value;
  }

  /** How a value completes: files, folders, words, or nothing ({@code -x}: no files either). */
  private static String value(Arg arg) {
    return switch (arg.kind()) {
      case FILE -> "-F";
      case DIRECTORY -> "-x -a '(__fish_complete_directories)'";
      case WORDS -> "-x -a " + quote(String.join(" ", arg.words()));
      case TEXT -> arg.names().isEmpty() ? "" : "-x";
      case FLAG -> "";
    };
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
