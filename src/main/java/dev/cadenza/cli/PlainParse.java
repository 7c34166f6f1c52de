package dev.cadenza.cli;

import dev.cadenza.ExitCodes;
import dev.cadenza.parse.Overrides;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TrackSpec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The commonest call, {@code cadenza parse WORDS...} with no option, run without building the
 * command model: picocli's reading of the annotations of the root and parse commands was a third of
 * such a run's start-up. Anything picocli would treat specially (an option, "-", "--", an
 * {@code @file}) or no words at all goes through the command model as before; the output, the
 * messages and the exit code are the same either way (PlainParseTest runs both).
 */
final class PlainParse {

  private static final String STAGE = "cadenza parse";

  private PlainParse() {}

  /** Whether {@code args} are "parse" and then only prompt words. */
  static boolean accepts(String... args) {
    if (args.length < 2 || !args[0].equals("parse")) {
      return false;
    }
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("-") || args[i].startsWith("@")) {
        return false;
      }
    }
    return true;
  }

  /** Parses the words after "parse" as one prompt and writes the spec; returns the exit code. */
  static int run(Streams streams, String... args) {
    String prompt = String.join(" ", Arrays.asList(args).subList(1, args.length));
    try {
      TrackSpec result =
          ParseCommand.parse(
              PromptParser.standard(), prompt, null, Overrides.NONE, false, false, streams);
      Outputs.writeJson(result, null, false, streams);
      return ExitCodes.OK;
    } catch (Exception e) {
      PrintWriter err = new PrintWriter(streams.err(), true, StandardCharsets.UTF_8);
      return ErrorReporter.report(e, STAGE, err, false);
    }
  }
}
