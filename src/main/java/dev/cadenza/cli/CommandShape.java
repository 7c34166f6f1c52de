package dev.cadenza.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command tree as a shell's completion and the man page see it, read from picocli's model: each
 * command's options and arguments, and what kind of value each takes. A value's kind comes from its
 * completion candidates or else from its label (FILE, DIR, LUFS…); a label not listed here stops
 * the build, so a new option is never left without a decision.
 */
record CommandShape(String name, String summary, List<Arg> options, Arg positional) {

  /** What a shell may offer for a value. */
  enum Kind {
    /** An option that takes no value. */
    FLAG,
    FILE,
    DIRECTORY,
    /** One of a fixed list of words. */
    WORDS,
    /** A number or free text: nothing to offer. */
    TEXT
  }

  /**
   * One option (its names) or the positional arguments (no names), with its value.
   *
   * @param repeatable whether it may be given more than once (options) or take several values
   */
  record Arg(
      List<String> names,
      String label,
      Kind kind,
      List<String> words,
      boolean repeatable,
      String description) {

    String summary() {
      return firstSentence(description);
    }
  }

  private static final Set<String> FILE_LABELS =
      Set.of(
          "FILE", "FILE.png", "FILE.sf2", "SPEC", "MANIFEST", "REF.wav", "INPUT", "JOBS", "PATH");
  private static final Set<String> DIRECTORY_LABELS = Set.of("DIR", "OUTDIR");
  private static final Set<String> TEXT_LABELS =
      Set.of("N", "LUFS", "DBTP", "DBFS", "LU", "HZ", "PROMPT", "FIELD=VALUE", "NAME=VALUE", "K/N");

  /** A full stop followed by the capital that starts the next sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=[A-Z])");

  /** A word a script may hold unquoted: option names and candidate values. */
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._+/-]+");

  /** The root command's shape, then each subcommand's, in help order. */
  static List<CommandShape> of(CommandLine root) {
    List<CommandShape> shapes = new ArrayList<>();
    shapes.add(of(root.getCommandSpec()));
    for (CommandLine sub : root.getSubcommands().values()) {
      shapes.add(of(sub.getCommandSpec()));
    }
    return shapes;
  }

  private static CommandShape of(CommandSpec spec) {
    List<Arg> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        options.add(arg(List.of(option.names()), option));
      }
    }
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    if (positionals.size() > 1) {
      throw new IllegalStateException(spec.qualifiedName() + ": one positional list at most");
    }
    Arg positional = positionals.isEmpty() ? null : arg(List.of(), positionals.get(0));
    String summary = firstSentence(describe(spec.usageMessage().description()));
    return new CommandShape(spec.name(), summary, options, positional);
  }

  private static Arg arg(List<String> names, ArgSpec spec) {
    names.forEach(CommandShape::checkPlain);
    boolean repeatable = spec.isMultiValue();
    // picocli hands an argument's description over with its format escapes already resolved.
    String text = String.join(" ", spec.description()).strip();
    if (spec.arity().max() == 0) {
      return new Arg(names, "", Kind.FLAG, List.of(), repeatable, text);
    }
    String label = spec.paramLabel();
    List<String> words = new ArrayList<>();
    if (spec.completionCandidates() != null) {
      spec.completionCandidates().forEach(words::add);
    }
    words.forEach(CommandShape::checkPlain);
    Kind kind = words.isEmpty() ? kindOf(label, spec) : Kind.WORDS;
    return new Arg(names, label, kind, List.copyOf(words), repeatable, text);
  }

  private static Kind kindOf(String label, ArgSpec spec) {
    if (FILE_LABELS.contains(label)) {
      return Kind.FILE;
    }
    if (DIRECTORY_LABELS.contains(label)) {
      return Kind.DIRECTORY;
    }
    if (TEXT_LABELS.contains(label)) {
      return Kind.TEXT;
    }
    throw new IllegalStateException(
        spec.command().qualifiedName()
            + ": what does the label "
            + label
            + " take (a file, a folder, text)? List it in CommandShape");
  }

  private static void checkPlain(String word) {
    if (!PLAIN_WORD.matcher(word).matches()) {
      throw new IllegalStateException("not a plain word for a completion script: " + word);
    }
  }

  /** A description as help prints it: its lines joined, picocli's format escapes resolved. */
  static String describe(String[] lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(String.format(Locale.ROOT, line).strip());
    }
    return String.join(" ", out).strip();
  }

  /** The text up to the full stop that ends its first sentence (not an "e.g."), without it. */
  static String firstSentence(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    Matcher end = SENTENCE_END.matcher(flat);
    String first = end.find() ? flat.substring(0, end.start()) : flat;
    return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
  }
}
