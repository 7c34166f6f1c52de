package dev.cadenza.cli;

import dev.cadenza.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the {@code cadenza} command line: the one place where commands, error handling and exit
 * codes are wired. {@link Main} and the tests both use it.
 */
public final class Cadenza {

  private Cadenza() {}

  /** The whole command tree: every stage registered. */
  public static CommandLine commandLine(Streams streams) {
    return commandLine(streams, CadenzaCommand.SUBCOMMANDS);
  }

  /**
   * The tree a run with these arguments needs: when the first argument names a stage, the root and
   * that stage only (the others are never looked at); otherwise, for help, a typo's suggestions or
   * no arguments, the whole tree.
   */
  static CommandLine commandLineFor(Streams streams, String... args) {
    if (args.length > 0) {
      for (Class<?> command : CadenzaCommand.SUBCOMMANDS) {
        if (command.getAnnotation(CommandLine.Command.class).name().equals(args[0])) {
          return commandLine(streams, List.of(command));
        }
      }
    }
    return commandLine(streams);
  }

  private static CommandLine commandLine(Streams streams, List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new CadenzaCommand(), new StreamsFactory(streams));
    // Before the settings below: picocli passes them on to the subcommands present.
    for (Class<?> command : subcommands) {
      cli.addSubcommand(command);
    }
    cli.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
    ErrorReporter errors = new ErrorReporter();
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.getCommandSpec().usageMessage().exitCodeList(exitCodes());
    return cli;
  }

  /** The exit codes as help lists them, from the one place they are defined. */
  private static Map<String, String> exitCodes() {
    Map<String, String> list = new LinkedHashMap<>();
    ExitCodes.meanings().forEach((code, meaning) -> list.put(String.valueOf(code), meaning));
    return list;
  }

  /** Runs one command line to completion and returns its exit code. */
  public static int run(Streams given, String... args) {
    Streams streams = StdinNotice.wrap(given, args);
    int code;
    if (args.length > 0) {
      Preload.start(args[0]);
    }
    try {
      code = commandLineFor(streams, args).execute(args);
    } catch (Error e) {
      // picocli maps exceptions; an Error (out of memory, a broken bundled resource) still gets
      // one line and exit 70 rather than a JVM stack trace.
      streams.err().println("cadenza: internal error: " + e + " (a bug: please report it)");
      return ExitCodes.INTERNAL;
    }
    try {
      streams.out().flush();
    } catch (IOException e) {
      // A closed pipe (cadenza analyze x.wav | head -c 10) is the reader's choice, not an error.
      if (code == 0 && !isBrokenPipe(e)) {
        streams.err().println("cadenza: cannot write standard output: " + e.getMessage());
        return ExitCodes.IO_ERROR;
      }
    }
    return code;
  }

  static boolean isBrokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe") || message.contains("stream closed");
  }

  /** Creates command objects, giving those that ask for them the run's streams. */
  private record StreamsFactory(Streams streams) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Streams.class).newInstance(streams);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
