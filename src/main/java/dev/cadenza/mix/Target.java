package dev.cadenza.mix;

import dev.cadenza.spec.ChainSpec;

/**
 * Where mastering aims: an integrated loudness and a true-peak ceiling.
 *
 * @param name the preset name, or {@code custom} once a value is overridden
 * @param lufs integrated loudness (BS.1770-5), or null for no loudness target ({@code none})
 * @param truePeakDbtp the true-peak ceiling
 */
public record Target(String name, Double lufs, double truePeakDbtp) {

  public Target {
    if (lufs != null && !(lufs >= -70 && lufs <= 0)) {
      throw new IllegalArgumentException("target loudness must be in -70..0 LUFS: " + lufs);
    }
    if (!(truePeakDbtp >= -20 && truePeakDbtp <= 0)) {
      throw new IllegalArgumentException(
          "true-peak ceiling must be in -20..0 dBTP: " + truePeakDbtp);
    }
  }

  /** The target of preset {@code name} (see {@link Presets}). */
  public static Target preset(String name) {
    return of(name, Presets.chain(name));
  }

  /**
   * The target a chain carries, named {@code name}; a chain without a ceiling gets 0 dBTP (the
   * ceiling only matters with a loudness target).
   */
  public static Target of(String name, ChainSpec chain) {
    return new Target(
        name, chain.targetLufs(), chain.truePeakDbtp() == null ? 0 : chain.truePeakDbtp());
  }

  /** This target with the loudness and/or ceiling replaced where the arguments are not null. */
  public Target with(Double newLufs, Double newTruePeak) {
    if (newLufs == null && newTruePeak == null) {
      return this;
    }
    return new Target(
        "custom",
        newLufs != null ? newLufs : lufs,
        newTruePeak != null ? newTruePeak : truePeakDbtp);
  }
}
