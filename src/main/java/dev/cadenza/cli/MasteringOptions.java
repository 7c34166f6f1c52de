package dev.cadenza.cli;

import dev.cadenza.BadInputException;
import dev.cadenza.mix.MasteringRequest;
import dev.cadenza.mix.Presets;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Contract;
import java.io.IOException;
import java.util.Iterator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The mastering options {@code mix} and {@code produce} share, with the same names and meaning. */
public final class MasteringOptions {

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      completionCandidates = PresetNames.class,
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
              + " if any, are the target unless --preset or the target options say otherwise)."
              + " Its duck stages and delays timed in beats that name no bpm follow the track's"
              + " tempo (a manifest's truth.bpm; 120 bpm for WAV inputs, which carry none).")
  String chainFile;

  @Option(
      names = "--max-limiting",
      paramLabel = "LU",
      defaultValue = "8",
      description = "Most loudness the limiter may take away (default ${DEFAULT-VALUE} LU).")
  double maxLimiting;

  /**
   * What these options ask of the master; a bad value is a usage error. The chain file is read
   * here, as input wiring; what its stages and target mean is {@link MasteringRequest}'s.
   */
  MasteringRequest request(CommandSpec spec) throws IOException {
    ChainSpec chain = null;
    if (chainFile != null) {
      if (Inputs.STDIN.equals(chainFile)) {
        throw new BadInputException(
            "-", "--chain must name a file", "standard input carries the audio or manifest");
      }
      chain = Inputs.readDocument(chainFile, null, Contract.CHAIN, ChainSpec.class);
    }
    try {
      return new MasteringRequest(preset, chain, chainFile, targetLufs, truePeak, maxLimiting);
    } catch (BadInputException e) {
      if (chainFile != null && chainFile.equals(e.file())) {
        throw e; // a value in the chain file: bad data (65), not a bad option
      }
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The preset names, for completion. */
  static final class PresetNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Presets.NAMES.iterator();
    }
  }
}
