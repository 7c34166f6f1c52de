package dev.cadenza.cli;

import dev.cadenza.ExitCodes;
import dev.cadenza.cli.CommandShape.Arg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The cadenza(1) manual page in man(7) roff, from the same command model as help: every command's
 * synopsis, description, options and examples, the exit codes and the environment. The build runs
 * {@link #main} to write it into target/man; bin/install installs it.
 */
public final class ManPage {

  private ManPage() {}

  static String generate() {
    CommandLine root = Cadenza.commandLine(CompletionScript.silent());
    List<CommandShape> shapes = CommandShape.of(root);
    String version = root.getCommandSpec().version()[0];
    StringBuilder out = new StringBuilder();
    out.append(".\\\" -*- coding: UTF-8 -*-\n")
        .append(".\\\" Generated from the command model by the build (ManPage); do not edit.\n")
        .append(".TH CADENZA 1 \"\" \"")
        .append(escape(version))
        .append("\" \"User Commands\"\n.SH NAME\ncadenza \\- ")
        .append(escape(shapes.get(0).summary()))
        .append("\n.SH SYNOPSIS\n.B cadenza\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n");
    out.append(".SH DESCRIPTION\n");
    paragraphs(out, root.getCommandSpec().usageMessage().description());
    options(out, shapes.get(0));
    out.append(".SH COMMANDS\n");
    for (CommandLine sub : root.getSubcommands().values()) {
      command(out, sub.getCommandSpec(), find(shapes, sub));
    }
    trailer(out);
    return out.toString();
  }

  private static CommandShape find(List<CommandShape> shapes, CommandLine sub) {
    String name = sub.getCommandSpec().name();
    return shapes.stream().skip(1).filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static void command(StringBuilder out, CommandSpec spec, CommandShape shape) {
    out.append(".SS cadenza ").append(spec.name()).append("\n");
    Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
    out.append(".nf\n").append(escape(help.synopsis(0).strip())).append("\n.fi\n");
    paragraphs(out, spec.usageMessage().description());
    options(out, shape);
    examples(out, spec.usageMessage().footer());
  }

  private static void paragraphs(StringBuilder out, String[] lines) {
    for (String line : lines) {
      out.append(".PP\n").append(escape(String.format(Locale.ROOT, line).strip())).append("\n");
    }
  }

  private static void options(StringBuilder out, CommandShape shape) {
    Arg positional = shape.positional();
    if (positional != null) {
      out.append(".TP\n\\fI").append(escape(positional.label())).append("\\fR");
      out.append(positional.repeatable() ? "...\n" : "\n");
      out.append(escape(positional.description())).append("\n");
    }
    for (Arg option : shape.options()) {
      out.append(".TP\n");
      List<String> names = option.names().stream().map(n -> "\\fB" + escape(n) + "\\fR").toList();
      out.append(String.join(", ", names));
      if (option.kind() != CommandShape.Kind.FLAG) {
        out.append(" \\fI").append(escape(option.label())).append("\\fR");
      }
      out.append("\n").append(escape(option.description())).append("\n");
    }
  }

  /** The help footer's example lines, as typed. */
  private static void examples(StringBuilder out, String[] footer) {
    StringBuilder lines = new StringBuilder();
    for (String line : footer) {
      String text = String.format(Locale.ROOT, line).strip();
      if (!text.isEmpty() && !text.equals("Examples:")) {
        lines.append(escape(text)).append("\n");
      }
    }
    if (lines.length() > 0) {
      out.append(".PP\nExamples:\n.RS\n.nf\n").append(lines).append(".fi\n.RE\n");
    }
  }

  private static void trailer(StringBuilder out) {
    out.append(".SH EXIT STATUS\n");
    ExitCodes.meanings()
        .forEach(
            (code, meaning) ->
                out.append(".TP\n").append(code).append("\n").append(escape(meaning)).append("\n"));
    out.append(
        """
        .SH ENVIRONMENT
        .TP
        .B JAVA_HOME
        The Java runtime to run (17 or later); otherwise \\fBjava\\fR on the PATH.
        .TP
        .B CADENZA_JAVA_OPTS
        More options for the Java runtime, such as \\fB\\-Xmx4g\\fR.
        .TP
        .B CI
        When \\fBtrue\\fR, no progress bars are drawn, as when standard error is not a terminal.
        .SH SEE ALSO
        .BR ffmpeg (1),
        .BR sox (1);
        README.md and docs/design.md in the cadenza sources.
        """);
  }

  /**
   * Text for roff: backslashes as {@code \e}, hyphens as {@code \-} (so options and commands copy
   * as typed), and a line that starts with a dot or a quote kept from reading as a request.
   */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : escaped.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        out.append("\\&");
      }
      out.append(line);
    }
    return out.toString();
  }

  /** Writes cadenza.1 into the folder named by the one argument. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("cadenza.1"), generate(), StandardCharsets.UTF_8);
  }
}
