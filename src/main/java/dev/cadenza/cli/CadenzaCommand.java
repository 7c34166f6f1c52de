package dev.cadenza.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the stages; does nothing on its own. */
@Command(
    name = "cadenza",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Music production from the command line: measure audio, and turn a prompt into a track.",
      "Every command reads JSON or WAV on stdin or from files and writes data to stdout;"
          + " messages go to stderr."
    },
    // The list itself is ExitCodes.meanings(), set by Cadenza.commandLine.
    exitCodeListHeading = "%nExit codes:%n",
    footer = {
      "%nExamples:",
      "  cadenza parse \"dark drum and bass at 174 bpm, no vocals\" --explain",
      "  cadenza analyze song.wav --pretty",
      "  ffmpeg -i song.mp3 -f wav - | cadenza analyze -",
    })
public final class CadenzaCommand implements Runnable {

  /**
   * The stages, in the order help lists them. Registered by {@link Cadenza#commandLine}, not in the
   * annotation, so that a run can build the model of the one command it executes: picocli reads
   * every option of every registered command up front, a third of the start-up time.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ParseCommand.class,
          GenerateCommand.class,
          MixCommand.class,
          ProduceCommand.class,
          BatchCommand.class,
          AnalyzeCommand.class,
          QaCommand.class,
          ReportCommand.class,
          SchemaCommand.class,
          CompletionCommand.class);

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
