package dev.cadenza.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Refuses a command line whose output names one of its inputs ({@code analyze a.wav -o a.wav}): the
 * output would replace the input, after reading it or, worse, while it is read. Compared as files
 * (hard links, symbolic links and "./a.wav" are the same file), before anything is read.
 */
final class OutputGuard {

  private OutputGuard() {}

  /** An output option and the file it names (null or "-" when not given). */
  record Output(String option, String file) {}

  /**
   * Throws a usage error when an output is the same file as an input.
   *
   * @param inputs the input file names (null or "-" are skipped)
   */
  static void refuseOutputsOverInputs(CommandSpec spec, List<String> inputs, Output... outputs) {
    for (Output output : outputs) {
      Path out = file(output.file());
      if (out == null) {
        continue;
      }
      for (String input : inputs) {
        Path in = file(input);
        if (in != null && sameFile(in, out)) {
          throw new ParameterException(
              spec.commandLine(),
              output.option()
                  + " "
                  + Messages.value(output.file())
                  + " is also an input: writing it would destroy "
                  + Messages.value(input));
        }
      }
    }
  }

  private static Path file(String name) {
    return name == null || Inputs.STDIN.equals(name) ? null : Path.of(name);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
