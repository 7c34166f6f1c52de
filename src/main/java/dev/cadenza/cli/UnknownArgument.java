package dev.cadenza.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What to tell a user whose word picocli did not match: a stage that is planned but not here yet
 * says so and what to use meanwhile; a typo gets the commands or options it is close to.
 */
final class UnknownArgument {

  /** Stages docs/design.md plans, with what does their job until they exist. */
  private static final Map<String, String> PLANNED =
      Map.of("report", "cadenza analyze --plot draws one file's picture meanwhile");

  private UnknownArgument() {}

  static String explain(UnmatchedArgumentException ex) {
    List<String> unmatched = ex.getUnmatched();
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    boolean atRoot = ex.getCommandLine().getParent() == null;
    if (atRoot && PLANNED.containsKey(first)) {
      return "'" + first + "' is not available yet: " + PLANNED.get(first);
    }
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
