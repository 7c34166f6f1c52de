package dev.cadenza.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What to tell a user whose word picocli did not match: a typo gets the commands or options it is
 * close to.
 */
final class UnknownArgument {

  private UnknownArgument() {}

  static String explain(UnmatchedArgumentException ex) {
    List<String> close = ex.getSuggestions();
    if (close.isEmpty()) {
      return ex.getMessage();
    }
    return ex.getMessage()
        + " (did you mean "
        + close.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or "))
        + "?)";
  }
}
