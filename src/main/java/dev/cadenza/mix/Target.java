package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import java.util.List;

/**
 * Where mastering aims: an integrated loudness and a true-peak ceiling.
 *
 * @param name the preset name, or {@code custom} once a value is overridden
 * @param lufs integrated loudness (BS.1770-5), or null for no loudness target ({@code none})
 * @param truePeakDbtp the true-peak ceiling
 */
public record Target(String name, Double lufs, double truePeakDbtp) {

  /** The presets, in the order help text lists them. */
  public static final List<Target> PRESETS =
      List.of(
          new Target("streaming", -14.0, -1.0),
          new Target("club", -8.0, -0.3),
          // EBU R128: -23 LUFS, at most -1 dBTP; loudness range is reported with the result.
          new Target("broadcast", -23.0, -1.0),
          new Target("podcast", -16.0, -1.0),
          new Target("none", null, 0.0));

  public Target {
    if (lufs != null && !(lufs >= -70 && lufs <= 0)) {
      throw new IllegalArgumentException("target loudness must be in -70..0 LUFS: " + lufs);
    }
    if (!(truePeakDbtp >= -20 && truePeakDbtp <= 0)) {
      throw new IllegalArgumentException(
          "true-peak ceiling must be in -20..0 dBTP: " + truePeakDbtp);
    }
  }

  /** The preset called {@code name}. */
  public static Target preset(String name) {
    for (Target t : PRESETS) {
      if (t.name.equals(name)) {
        return t;
      }
    }
    throw new BadInputException(
        null,
        "unknown preset '" + name + "'",
        "use one of " + String.join(", ", PRESETS.stream().map(Target::name).toList()));
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
