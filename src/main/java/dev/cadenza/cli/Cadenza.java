package dev.cadenza.cli;

import dev.cadenza.CadenzaException;
import dev.cadenza.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
    Streams wrapped = StdinNotice.wrap(given, args);
    Streams streams =
        new Streams(
            wrapped.in(), new StandardOutput(wrapped.out()), wrapped.err(), wrapped.terminals());
    int code;
    boolean plain = PlainParse.accepts(args);
    if (args.length > 0 && !plain) {
      Preload.start(args[0]);
    }
    try {
      code = plain ? PlainParse.run(streams, args) : commandLineFor(streams, args).execute(args);
    } catch (Error e) {
      // picocli maps exceptions; an Error (out of memory, a broken bundled resource) still gets
      // one line and exit 70 rather than a JVM stack trace.
      streams
          .err()
          .println(Messages.line("cadenza: internal error: " + e + " (a bug: please report it)"));
      return ExitCodes.INTERNAL;
    }
    try {
      streams.out().flush();
    } catch (StandardOutput.ReaderGone e) {
      // A closed pipe (cadenza analyze x.wav | head -c 10) is the reader's choice, not an error.
    } catch (CadenzaException e) {
      if (code == ExitCodes.OK) {
        streams.err().println(Messages.line("cadenza: " + e.getMessage()));
        return e.exitCode();
      }
    } catch (IOException e) {
      if (code == ExitCodes.OK) {
        streams.err().println(Messages.line("cadenza: " + StandardOutput.failed(e).getMessage()));
        return ExitCodes.IO_ERROR;
      }
    }
    return code;
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
