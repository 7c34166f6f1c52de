package dev.cadenza.cli;

import dev.cadenza.cli.CommandShape.Arg;
import java.util.List;

/**
 * The zsh completion function ({@code _cadenza}, for a folder on {@code $fpath}): zsh's own {@code
 * _arguments}, so options come with their descriptions and values with their labels.
 */
final class ZshCompletion {

  private ZshCompletion() {}

  static String script(List<CommandShape> shapes) {
    CommandShape root = shapes.get(0);
    List<CommandShape> commands = shapes.subList(1, shapes.size());
    StringBuilder out = new StringBuilder();
    out.append(
        """
        #compdef cadenza
        # zsh completion for cadenza. Generated from the command model by the build
        # (CompletionScript); edit the commands, not this file.
        # Installed by bin/install; or put this folder on $fpath before compinit.

        _cadenza() {
          local curcontext=$curcontext state state_descr line
          typeset -A opt_args
          local -a commands
          commands=(
        """);
    for (CommandShape command : commands) {
      out.append("    ").append(quote(command.name() + ":" + command.summary())).append("\n");
    }
    out.append("  )\n  _arguments -C \\\n");
    for (Arg option : root.options()) {
      out.append("    ").append(option(option)).append(" \\\n");
    }
    out.append(
        """
            '1: :->command' \\
            '*:: :->argument' && return
          case $state in
            command) _describe -t commands 'cadenza command' commands ;;
            argument)
              curcontext=${curcontext%:*:*}:cadenza-$words[1]:
              case $words[1] in
        """);
    for (CommandShape command : commands) {
      out.append("        ")
          .append(command.name())
          .append(") _cadenza_")
          .append(command.name())
          .append(" ;;\n");
    }
    out.append("      esac\n      ;;\n  esac\n}\n");
    for (CommandShape command : commands) {
      out.append("\n_cadenza_").append(command.name()).append("() {\n  _arguments -s -S");
      for (Arg option : command.options()) {
        out.append(" \\\n    ").append(option(option));
      }
      if (command.positional() != null) {
        Arg arg = command.positional();
        String position = arg.repeatable() ? "*" : ":";
        out.append(" \\\n    ").append(quote(position + ":" + arg.label() + ":" + action(arg)));
      }
      out.append("\n}\n");
    }
    out.append(
        """

        if [[ $funcstack[1] == _cadenza ]]; then
          _cadenza "$@"
        else
          compdef _cadenza cadenza
        fi
        """);
    return out.toString();
  }

  /** An _arguments spec: '(-o --output)'{-o,--output}'[description]:LABEL:action'. */
  private static String option(Arg option) {
    List<String> names = option.names();
    String rest = "[" + escape(option.summary()) + "]";
    if (option.kind() != CommandShape.Kind.FLAG) {
      rest += ":" + option.label() + ":" + action(option);
    }
    String repeat = option.repeatable() ? "*" : "";
    if (names.size() == 1) {
      return quote(repeat + names.get(0) + rest);
    }
    String exclusive = option.repeatable() ? "" : quote("(" + String.join(" ", names) + ")");
    return exclusive
        + (repeat.isEmpty() ? "" : quote(repeat))
        + "{"
        + String.join(",", names)
        + "}"
        + quote(rest);
  }

  private static String action(Arg arg) {
    return switch (arg.kind()) {
      case FILE -> "_files";
      case DIRECTORY -> "_files -/";
      case WORDS -> "(" + String.join(" ", arg.words()) + ")";
      case TEXT, FLAG -> " ";
    };
  }

  /** A description inside _arguments' brackets, where [ ] : and \ are special. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:");
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
