package dev.cadenza.cli;

import dev.cadenza.BadInputException;
import dev.cadenza.mix.Presets;
import dev.cadenza.mix.Target;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Contract;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The mastering options {@code mix} and {@code produce} share, with the same names and meaning. */
public final class MasteringOptions {

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description = "streaming (default), club, broadcast, podcast or none.")
  String preset;

  @Option(
      names = "--target-lufs",
      paramLabel = "LUFS",
      description = "Integrated loudness to master to (overrides the preset's).")
  Double targetLufs;

  @Option(
      names = "--true-peak",
      paramLabel = "DBTP",
      description = "True-peak ceiling (overrides the preset's).")
  Double truePeak;

  @Option(
      names = "--chain",
      paramLabel = "FILE",
      description =
          "cadenza.chain/1 JSON whose stages replace the preset's (its targetLufs/truePeakDbtp,"
              + " if any, are the target unless --preset or the target options say otherwise).")
  String chainFile;

  @Option(
      names = "--max-limiting",
      paramLabel = "LU",
      defaultValue = "8",
      description = "Most loudness the limiter may take away (default ${DEFAULT-VALUE} LU).")
  double maxLimiting;

  private ChainSpec chain;
  private boolean chainRead;

  /** The chain file's contents, or null without --chain. */
  ChainSpec chain() throws IOException {
    if (!chainRead) {
      chainRead = true;
      if (chainFile != null) {
        if (Inputs.STDIN.equals(chainFile)) {
          throw new BadInputException(
              "-", "--chain must name a file", "standard input carries the audio or manifest");
        }
        chain = Inputs.readDocument(chainFile, null, Contract.CHAIN, ChainSpec.class);
      }
    }
    return chain;
  }

  /** The stages of the mastering chain: the chain file's, or the preset's. */
  List<ChainSpec.Stage> stages() throws IOException {
    return chain() != null ? chain().processors() : Presets.chain(presetName()).processors();
  }

  /** The target: the chain's, or the preset's, with the target options applied. */
  Target target(CommandSpec spec) throws IOException {
    try {
      Target base =
          chain() != null && preset == null
              ? Target.of("chain", chain())
              : Target.preset(presetName());
      return base.with(targetLufs, truePeak);
    } catch (BadInputException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private String presetName() {
    return preset == null ? "streaming" : preset;
  }
}
