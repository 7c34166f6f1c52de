package dev.cadenza;

/**
 * A failure the user can act on. It carries the exit code and the parts of the one-line message
 * {@code cadenza <stage>: <file>: <problem> (<hint>)}; the command line adds the stage.
 */
public class CadenzaException extends RuntimeException {
  private final int exitCode;
  private final String file;
  private final String problem;
  private final String hint;

  public CadenzaException(int exitCode, String file, String problem, String hint) {
    this(exitCode, file, problem, hint, null);
  }

  public CadenzaException(int exitCode, String file, String problem, String hint, Throwable cause) {
    super(format(file, problem, hint), cause);
    this.exitCode = exitCode;
    this.file = file;
    this.problem = problem;
    this.hint = hint;
  }

  private static String format(String file, String problem, String hint) {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file).append(": ");
    }
    sb.append(problem);
    if (hint != null) {
      sb.append(" (").append(hint).append(')');
    }
    return sb.toString();
  }

  public int exitCode() {
    return exitCode;
  }

  /** The file (or "-" / "stdin") the problem is about, or null. */
  public String file() {
    return file;
  }

  public String problem() {
    return problem;
  }

  /** What the user can do about it, or null. */
  public String hint() {
    return hint;
  }
}
