package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.spec.ChainSpec;
import java.util.List;

/**
 * What a user asks of the master, as {@code mix} and {@code produce} take it: a preset or a chain
 * file, loudness and ceiling overrides, the limiting allowed. It holds the rules that turn these
 * into a chain and a target, so every command reads them the same way.
 *
 * @param preset a preset name (see {@link Presets}), or null: the chain file's target, else {@code
 *     streaming}
 * @param chain a chain file's contents, whose stages replace the preset's, or null
 * @param chainFile the chain file's name, for messages, or null
 * @param targetLufs integrated loudness that overrides the preset's or chain's, or null
 * @param truePeakDbtp true-peak ceiling that overrides the preset's or chain's, or null
 * @param maxLimitingLu the most loudness the limiter may take away
 */
public record MasteringRequest(
    String preset,
    ChainSpec chain,
    String chainFile,
    Double targetLufs,
    Double truePeakDbtp,
    double maxLimitingLu) {

  /** The preset when none is named and no chain file says otherwise. */
  public static final String DEFAULT_PRESET = "streaming";

  /**
   * Checks the request as a whole before any audio is read.
   *
   * @throws IllegalArgumentException or {@link dev.cadenza.BadInputException} naming an unknown
   *     preset or a value out of range
   */
  public MasteringRequest {
    Mastering.Settings.of(
        target(preset, chain, chainFile, targetLufs, truePeakDbtp), maxLimitingLu);
  }

  /** The streaming preset with 8 LU of limiting: what the commands do without options. */
  public static MasteringRequest defaults() {
    return new MasteringRequest(null, null, null, null, null, 8);
  }

  /** The stages of the mastering chain: the chain file's, or the preset's. */
  public List<ChainSpec.Stage> stages() {
    return chain != null ? chain.processors() : Presets.chain(name(preset)).processors();
  }

  /** The target: the chain file's (unless a preset is named), or the preset's, overridden. */
  public Target target() {
    return target(preset, chain, chainFile, targetLufs, truePeakDbtp);
  }

  /** The loudest target a reference can set: Target's own limit. */
  static final double MAX_REFERENCE_LUFS = 0;

  /**
   * The target when matching {@code reference} (null: none): the reference's integrated loudness
   * replaces the target's loudness unless {@code targetLufs} states one. A reference never creates
   * a loudness target where there is none ({@code --preset none}, a chain file without {@code
   * targetLufs}): the chain then runs as written and the reference shapes the spectrum only. A
   * reference louder than 0 LUFS (a full-scale square wave measures +3) sets the loudest target
   * there is, 0 LUFS.
   */
  public Target target(Reference reference) {
    Target target = target();
    if (reference == null
        || reference.integratedLufs() == null
        || targetLufs != null
        || target.lufs() == null) {
      return target;
    }
    return target.with(Math.min(MAX_REFERENCE_LUFS, reference.integratedLufs()), null);
  }

  /** How to master when matching {@code reference} (null: none). */
  public Mastering.Settings settings(Reference reference) {
    return Mastering.Settings.of(target(reference), maxLimitingLu);
  }

  /**
   * Checks the chain file's stages at the master's rate and channel count, so a bad value is
   * reported against the file and its stage index before any pass runs (the passes build the
   * effective chain, where the file's stages stand at other indices behind added gains).
   */
  public void check(int sampleRate, int channels) {
    if (chain != null) {
      ChainBuilder.build(chain, sampleRate, channels, chainFile);
    }
  }

  /** The chain's name in messages: its file, or the preset's. */
  public String chainName() {
    if (chain != null) {
      return chainFile != null ? chainFile : "the mastering chain";
    }
    return "the " + name(preset) + " preset";
  }

  private static Target target(
      String preset, ChainSpec chain, String chainFile, Double lufs, Double truePeak) {
    Target base;
    if (chain != null && preset == null) {
      try {
        base = Target.of("chain", chain);
      } catch (IllegalArgumentException e) {
        // A value of the file, not of an option: the file is named, and it is bad data (65).
        throw new BadInputException(chainFile, e.getMessage(), null);
      }
    } else {
      base = Target.preset(name(preset));
    }
    return base.with(lufs, truePeak);
  }

  private static String name(String preset) {
    return preset == null ? DEFAULT_PRESET : preset;
  }
}
