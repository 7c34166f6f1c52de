package dev.cadenza.analyze.loudness;

import java.util.Arrays;

/**
 * The gated statistics over block energies: integrated loudness (ITU-R BS.1770-5 Annex 1, the
 * gating procedure; EBU Tech 3341 "I") and loudness range (EBU Tech 3342 §3.1). An energy here is
 * the channel-weighted mean square {@code z = sum_i G_i z_i} of one block; its loudness is {@code
 * -0.691 + 10 log10(z)} LUFS.
 */
public final class Gating {

  /** BS.1770-5 eq. (2): the constant that makes a 997 Hz sine read its RMS level in LKFS. */
  public static final double OFFSET_LU = -0.691;

  /** BS.1770-5 Annex 1 and Tech 3342: the absolute gate Γ_a. */
  public static final double ABSOLUTE_GATE_LUFS = -70.0;

  /**
   * BS.1770-5 Annex 1: the relative gate of integrated loudness, below the absolute-gated level.
   */
  public static final double INTEGRATED_RELATIVE_GATE_LU = -10.0;

  /** Tech 3342 §3.1: the relative gate of loudness range. */
  public static final double RANGE_RELATIVE_GATE_LU = -20.0;

  /** Tech 3342 §3.1: the percentiles whose difference is the loudness range. */
  public static final double RANGE_LOW_PERCENTILE = 0.10;

  public static final double RANGE_HIGH_PERCENTILE = 0.95;

  private static final double ABSOLUTE_GATE_ENERGY = energyOf(ABSOLUTE_GATE_LUFS);

  private Gating() {}

  /** Loudness in LUFS of a weighted mean square; -infinity for 0. */
  public static double loudnessOf(double energy) {
    return OFFSET_LU + 10 * StrictMath.log10(energy);
  }

  /** The weighted mean square whose loudness is {@code lufs}. */
  public static double energyOf(double lufs) {
    return StrictMath.pow(10, (lufs - OFFSET_LU) / 10);
  }

  /**
   * Integrated (gated) loudness of the first {@code count} 400 ms block energies (BS.1770-5 Annex
   * 1, eqs. 4–7): blocks above the absolute gate set the relative gate 10 LU below their energy
   * mean; the result is the loudness of the energy mean of the blocks above both gates. {@code
   * null} when no block passes (silence, or fewer than one block).
   */
  public static Double integrated(double[] energies, int count) {
    double relative = relativeGateEnergy(energies, count, INTEGRATED_RELATIVE_GATE_LU);
    if (Double.isNaN(relative)) {
      return null;
    }
    double gate = Math.max(ABSOLUTE_GATE_ENERGY, relative);
    double sum = 0;
    int passed = 0;
    for (int i = 0; i < count; i++) {
      if (energies[i] > gate) {
        sum += energies[i];
        passed++;
      }
    }
    return passed == 0 ? null : loudnessOf(sum / passed);
  }

  /**
   * Loudness range of the first {@code count} short-term (3 s) energies (Tech 3342 §3.1): gate at
   * -70 LUFS, then 20 LU below the energy mean of what passed, then the difference between the 95th
   * and 10th percentiles of the loudness of the remaining values. A percentile is the sorted value
   * at index {@code round((n - 1) p)}, as in the reference implementation of Tech 3342 §5. {@code
   * null} when no value passes the gates.
   */
  public static Double loudnessRange(double[] energies, int count) {
    double relative = relativeGateEnergy(energies, count, RANGE_RELATIVE_GATE_LU);
    if (Double.isNaN(relative)) {
      return null;
    }
    double gate = Math.max(ABSOLUTE_GATE_ENERGY, relative);
    double[] passed = new double[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (energies[i] > gate) {
        passed[n++] = energies[i];
      }
    }
    if (n == 0) {
      return null;
    }
    Arrays.sort(passed, 0, n);
    double low = passed[(int) Math.round((n - 1) * RANGE_LOW_PERCENTILE)];
    double high = passed[(int) Math.round((n - 1) * RANGE_HIGH_PERCENTILE)];
    // Sorting energies sorts loudness too (log is monotonic); convert only the two percentiles.
    return loudnessOf(high) - loudnessOf(low);
  }

  /**
   * The energy of the relative gate: the energy mean of the values above the absolute gate, lowered
   * by {@code gateLu}. NaN when none is above the absolute gate.
   */
  private static double relativeGateEnergy(double[] energies, int count, double gateLu) {
    double sum = 0;
    int passed = 0;
    for (int i = 0; i < count; i++) {
      if (energies[i] > ABSOLUTE_GATE_ENERGY) {
        sum += energies[i];
        passed++;
      }
    }
    return passed == 0 ? Double.NaN : sum / passed * StrictMath.pow(10, gateLu / 10);
  }
}
