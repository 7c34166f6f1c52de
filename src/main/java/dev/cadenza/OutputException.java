package dev.cadenza;

/** An output that could not be written (exit 74). */
public class OutputException extends CadenzaException {
  public OutputException(String file, String problem, String hint, Throwable cause) {
    super(ExitCodes.IO_ERROR, file, problem, hint, cause);
  }
}
