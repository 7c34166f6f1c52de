package dev.cadenza;

/** An input file that does not exist or cannot be read (exit 66). */
public class MissingInputException extends CadenzaException {
  public MissingInputException(String file, String problem, String hint, Throwable cause) {
    super(ExitCodes.NO_INPUT, file, problem, hint, cause);
  }
}
