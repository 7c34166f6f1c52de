package dev.cadenza.cli;

import dev.cadenza.CadenzaException;
import dev.cadenza.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and a documented exit code: {@code cadenza <stage>:
 * <file>: <problem> (<hint>)}. The stack trace is shown only with {@code --debug}.
 */
final class ErrorReporter
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String stage = cmd.getCommandSpec().qualifiedName();
    int code;
    if (ex instanceof CadenzaException known) {
      err.println(stage + ": " + known.getMessage());
      code = known.exitCode();
    } else {
      err.println(
          stage
              + ": internal error: "
              + ex
              + " (a bug: rerun with --debug for the stack trace and report it)");
      code = ExitCodes.INTERNAL;
    }
    if (debug(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String stage = cmd.getCommandSpec().qualifiedName();
    String message =
        ex instanceof UnmatchedArgumentException unmatched
            ? UnknownArgument.explain(unmatched)
            : ex.getMessage();
    err.println(stage + ": " + message + " (see '" + stage + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
