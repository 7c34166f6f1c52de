package dev.cadenza.cli;

import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import dev.cadenza.parse.ExplainTable;
import dev.cadenza.parse.Overrides;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TrackLimits;
import dev.cadenza.spec.TrackSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prompt text → TrackSpec JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Turn a prompt into a cadenza.trackspec/1 document: genre, tempo, key, meter, length,"
          + " energy and moods, instruments, style references, structure.",
      "Every field says where its value came from; words not understood are listed under"
          + " \"unparsed\". Without PROMPT words, or with -, the prompt is read from stdin."
    },
    footer = {
      "%nExamples:",
      "  cadenza parse dark drum and bass at 174 bpm like Pendulum",
      "  cadenza parse --explain \"uplifting trance, 138, A minor, 6 minutes\"",
      "  cadenza parse --set bpm=128 --set key=\"D minor\" deep house --pretty",
      "  echo 'lofi hip hop, 80 bpm' | cadenza parse -"
    })
final class ParseCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PROMPT",
      description = "Prompt words (joined with spaces); none or - reads stdin.")
  List<String> words;

  @Option(
      names = "--explain",
      description = "Print a table of each field, its value and where it came from on stderr.")
  boolean explain;

  @Option(
      names = "--set",
      paramLabel = "FIELD=VALUE",
      description =
          "Override a field (bpm, key, mode, genre, timeSignature, bars, duration,"
              + " energy, moods, instruments, excludedInstruments, feel, structure, seed)."
              + " Repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--seed", paramLabel = "N", description = "Seed for every random choice.")
  Long seed;

  @Mixin JsonOutput json;

  ParseCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    String prompt = readPrompt();
    PromptParser parser = PromptParser.standard();
    Overrides parsedOverrides;
    try {
      parsedOverrides = Overrides.parse(overrides, parser.lexicon());
    } catch (Overrides.InvalidOverrideException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    TrackSpec result =
        parse(parser, prompt, seed, parsedOverrides, explain, common.quiet(), streams);
    json.write(result, streams);
    return 0;
  }

  /**
   * Parses a prompt and says on stderr what the options ask for: the explain table, or else the
   * warnings unless {@code quiet}. Returns the spec to write.
   */
  static TrackSpec parse(
      PromptParser parser,
      String prompt,
      Long seed,
      Overrides overrides,
      boolean explain,
      boolean quiet,
      Streams streams) {
    TrackSpec result = parser.parse(prompt, seed, overrides);
    TrackLimits.refuseTooLong(result);
    if (explain) {
      // The table's own line breaks stay; a value's control characters are escaped.
      String[] lines = ExplainTable.render(result).split("\n", -1);
      streams
          .err()
          .print(String.join("\n", java.util.Arrays.stream(lines).map(Messages::line).toList()));
      streams.err().flush();
    } else if (!quiet) {
      for (String w : result.warnings()) {
        streams.err().println(Messages.line("cadenza parse: warning: " + w));
      }
    }
    return result;
  }

  private String readPrompt() throws IOException {
    if (words != null && !words.isEmpty() && !(words.size() == 1 && words.get(0).equals("-"))) {
      return String.join(" ", words);
    }
    return readStdin(streams.in());
  }

  /** Reads stdin up to the prompt limit (never more), as strict UTF-8. */
  static String readStdin(InputStream in) throws IOException {
    int limit = PromptParser.MAX_CHARS * 4;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      int r;
      while ((r = in.read(chunk)) > 0) {
        buffer.write(chunk, 0, r);
        if (buffer.size() > limit) {
          throw new BadInputException(
              "stdin", "the prompt is longer than " + limit + " bytes", "shorten it");
        }
      }
    } catch (IOException e) {
      throw new MissingInputException("stdin", "cannot read: " + e.getMessage(), null, e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buffer.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(
          "stdin", "the prompt is not UTF-8 text (binary data?)", "give words");
    }
  }
}
