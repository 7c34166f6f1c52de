package dev.cadenza.cli;

import dev.cadenza.cli.CommandShape.Arg;
import dev.cadenza.cli.CommandShape.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The bash completion script: each command's options, their values (files, folders, or a list of
 * words such as the presets) and its arguments. Written here rather than by picocli's AutoComplete,
 * which offers files only for options typed File or Path (cadenza's take "-" too) and turns bash's
 * own file-name completion off everywhere else.
 */
final class BashCompletion {

  private BashCompletion() {}

  static String script(List<CommandShape> shapes) {
    CommandShape root = shapes.get(0);
    List<CommandShape> commands = shapes.subList(1, shapes.size());
    StringBuilder out = new StringBuilder();
    out.append(
        """
        # bash completion for cadenza. Generated from the command model by the build
        # (CompletionScript); edit the commands, not this file.
        # Installed by bin/install; or: source completions/cadenza.bash

        # The current word from a list of words.
        _cadenza_offer() {
          local IFS=$'\\n'
          COMPREPLY=($(compgen -W "$*" -- "$cur"))
        }

        _cadenza_files() {
          local IFS=$'\\n'
          compopt -o filenames 2>/dev/null
          COMPREPLY=($(compgen -f -- "$cur"))
        }

        _cadenza_dirs() {
          local IFS=$'\\n'
          compopt -o filenames 2>/dev/null
          COMPREPLY=($(compgen -d -- "$cur"))
        }

        _cadenza() {
          local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
          # bash splits --bits=24 at the '=': complete the value after it.
          if [[ $cur == = ]]; then
            cur= prev=${COMP_WORDS[COMP_CWORD-2]}
          elif [[ $prev == = ]]; then
            prev=${COMP_WORDS[COMP_CWORD-2]}
          fi
          local command= i
          for ((i = 1; i < COMP_CWORD; i++)); do
            case ${COMP_WORDS[i]} in
        """);
    out.append("      ")
        .append(String.join("|", commands.stream().map(CommandShape::name).toList()))
        .append(")\n        command=${COMP_WORDS[i]}\n        break\n        ;;\n")
        .append("    esac\n  done\n  case $command in\n");
    for (CommandShape command : commands) {
      out.append("    ")
          .append(command.name())
          .append(") _cadenza_")
          .append(command.name())
          .append(" ;;\n");
    }
    out.append("    *) _cadenza_root ;;\n  esac\n}\n");
    out.append(function("root", root, commands.stream().map(CommandShape::name).toList()));
    for (CommandShape command : commands) {
      out.append(function(command.name(), command, List.of()));
    }
    out.append("\ncomplete -F _cadenza cadenza\n");
    return out.toString();
  }

  /** One command's completion: an option's value, then option names, then its arguments. */
  private static String function(String name, CommandShape shape, List<String> subcommands) {
    StringBuilder out = new StringBuilder("\n_cadenza_").append(name).append("() {\n");
    StringBuilder values = new StringBuilder();
    for (Arg option : shape.options()) {
      if (option.kind() != Kind.FLAG) {
        values
            .append("    ")
            .append(String.join("|", option.names()))
            .append(") ")
            .append(offer(option))
            .append("return ;;\n");
      }
    }
    if (values.length() > 0) {
      out.append("  case $prev in\n").append(values).append("  esac\n");
    }
    out.append("  if [[ $cur == -* ]]; then\n    _cadenza_offer ");
    List<String> names = new ArrayList<>();
    shape.options().forEach(option -> names.addAll(option.names()));
    out.append(String.join(" ", names)).append("\n");
    List<String> words = new ArrayList<>(subcommands);
    String rest = "";
    if (shape.positional() != null) {
      words.addAll(shape.positional().words());
      rest = offer(shape.positional());
    }
    if (!words.isEmpty()) {
      rest = "_cadenza_offer " + String.join(" ", words) + "; ";
    }
    if (!rest.isEmpty()) {
      out.append("  else\n    ").append(rest.substring(0, rest.length() - 2)).append("\n");
    }
    out.append("  fi\n}\n");
    return out.toString();
  }

  /** The command that offers a value of this kind, followed by "; ", or "" for none. */
  private static String offer(Arg arg) {
    return switch (arg.kind()) {
      case FILE -> "_cadenza_files; ";
      case DIRECTORY -> "_cadenza_dirs; ";
      case WORDS -> "_cadenza_offer " + String.join(" ", arg.words()) + "; ";
      case TEXT, FLAG -> "";
    };
  }
}
