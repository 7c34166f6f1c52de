package dev.cadenza.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The completion scripts for bash, zsh and fish, generated from the command model. The build runs
 * {@link #main} to write them; completions/ holds the committed copies.
 */
public final class CompletionScript {

  /** The shells, each with the file name its script has in completions/. */
  enum Shell {
    BASH("cadenza.bash"),
    ZSH("_cadenza"),
    FISH("cadenza.fish");

    final String fileName;

    Shell(String fileName) {
      this.fileName = fileName;
    }

    static Shell named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  private CompletionScript() {}

  public static String generate(Shell shell) {
    List<CommandShape> shapes = CommandShape.of(Cadenza.commandLine(silent()));
    return switch (shell) {
      case BASH -> BashCompletion.script(shapes);
      case ZSH -> ZshCompletion.script(shapes);
      case FISH -> FishCompletion.script(shapes);
    };
  }

  static Streams silent() {
    return new Streams(
        InputStream.nullInputStream(),
        OutputStream.nullOutputStream(),
        new PrintStream(OutputStream.nullOutputStream()),
        false);
  }

  /** Writes every shell's script into the folder named by the one argument. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    for (Shell shell : Shell.values()) {
      Files.writeString(folder.resolve(shell.fileName), generate(shell), StandardCharsets.UTF_8);
    }
  }
}
