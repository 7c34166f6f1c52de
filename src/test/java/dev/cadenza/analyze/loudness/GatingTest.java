package dev.cadenza.analyze.loudness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Gating arithmetic on block energies whose results are worked out by hand. */
class GatingTest {

  private static double e(double lufs) {
    return Math.pow(10, (lufs + 0.691) / 10);
  }

  @Test
  void blocksMoreThan10LuBelowTheAbsoluteGatedLevelAreDropped() {
    // Three blocks at -20 and one at -40: the absolute-gated mean is 10 log10((3 + 0.01) / 4) =
    // 1.226 LU below -20, so the relative gate sits at -31.2 and drops the -40 block.
    double[] blocks = {e(-20), e(-20), e(-40), e(-20)};
    assertThat(Gating.integrated(blocks, 4)).isCloseTo(-20.0, within(1e-9));
  }

  @Test
  void blocksBelowMinus70AreDroppedBeforeTheRelativeGate() {
    // Two blocks at -60 and 98 at -80: the -80 blocks never enter the mean.
    double[] blocks = new double[100];
    java.util.Arrays.fill(blocks, e(-80));
    blocks[10] = e(-60);
    blocks[50] = e(-60);
    assertThat(Gating.integrated(blocks, 100)).isCloseTo(-60.0, within(1e-9));
  }

  @Test
  void blocksWithinTheRelativeGateAreEnergyAveraged() {
    // -20 and -26 are within 10 LU of each other: 10 log10((1 + 10^-0.6) / 2) = -2.0371 LU.
    double[] blocks = {e(-20), e(-26)};
    assertThat(Gating.integrated(blocks, 2)).isCloseTo(-22.0371, within(1e-4));
  }

  @Test
  void nothingAboveTheAbsoluteGateMeansNoIntegratedLoudness() {
    assertThat(Gating.integrated(new double[] {0, 0, e(-75)}, 3)).isNull();
    assertThat(Gating.integrated(new double[0], 0)).isNull();
    assertThat(Gating.loudnessRange(new double[] {0, e(-71)}, 2)).isNull();
  }

  @Test
  void onlyTheFirstCountValuesAreRead() {
    assertThat(Gating.integrated(new double[] {e(-30), e(-10)}, 1)).isCloseTo(-30, within(1e-9));
  }

  @Test
  void loudnessRangeIsThe95thMinusThe10thPercentile() {
    // 21 values at -30, -29, ..., -10 LUFS, all within 20 LU of the energy mean (-15.6):
    // sorted, index round(20 x 0.10) = 2 is -28, index round(20 x 0.95) = 19 is -11.
    double[] values = new double[21];
    for (int i = 0; i < 21; i++) {
      values[i] = e(-10 - i); // descending order, to show the sort
    }
    assertThat(Gating.loudnessRange(values, 21)).isCloseTo(17.0, within(1e-9));
  }

  @Test
  void loudnessRangeDropsValuesMoreThan20LuBelowTheGatedMean() {
    // Ten values at -20 and ten at -45: the mean is 3.01 LU below -20, the gate at -43 drops all
    // the -45 values, and what remains has no spread.
    double[] values = new double[20];
    for (int i = 0; i < 20; i++) {
      values[i] = i < 10 ? e(-20) : e(-45);
    }
    assertThat(Gating.loudnessRange(values, 20)).isCloseTo(0.0, within(1e-9));
  }
}
