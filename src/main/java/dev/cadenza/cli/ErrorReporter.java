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
    return report(ex, cmd.getCommandSpec().qualifiedName(), cmd.getErr(), debug(parsed));
  }

  /**
   * Reports a failure of {@code stage} ("cadenza parse") on {@code err} and returns its exit code;
   * also for a run that built no command model ({@link PlainParse}).
   */
  static int report(Exception ex, String stage, PrintWriter err, boolean debug) {
    int code;
    CadenzaException known = known(ex);
    if (known instanceof StandardOutput.ReaderGone) {
      // The reader of stdout went away: the run ends quietly, as a Unix filter does.
      return known.exitCode();
    }
    if (known != null) {
      err.println(Messages.line(stage + ": " + known.getMessage()));
      code = known.exitCode();
    } else {
      err.println(
          Messages.line(
              stage
                  + ": internal error: "
                  + ex
                  + " (a bug: rerun with --debug for the stack trace and report it)"));
      code = ExitCodes.INTERNAL;
    }
    if (debug) {
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
    err.println(Messages.line(stage + ": " + message + " (see '" + stage + " --help')"));
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * The failure the user can act on: the exception itself, or the one it wraps (a full disk met on
   * a rendering thread arrives wrapped in the thread pool's exception).
   */
  private static CadenzaException known(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof CadenzaException c) {
        return c;
      }
    }
    return null;
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
