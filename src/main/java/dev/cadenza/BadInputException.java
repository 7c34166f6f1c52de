package dev.cadenza;

/** Input data that cannot be used: malformed, unsupported or non-finite (exit 65). */
public class BadInputException extends CadenzaException {
  public BadInputException(String file, String problem, String hint) {
    super(ExitCodes.BAD_INPUT, file, problem, hint);
  }
}
