package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * Balance of a stereo source: the side away from the position is turned down, the near side kept,
 * so a centred stereo stem passes unchanged (where constant-power {@link Pan}, meant for mono
 * sources, would take 3 dB off both sides).
 */
public final class Balance implements Processor {
  private final float left;
  private final float right;

  /**
   * @param position -1 (left only) … 0 (unchanged) … +1 (right only)
   */
  public Balance(double position) {
    if (!(position >= -1 && position <= 1)) {
      throw new IllegalArgumentException("balance must be in -1..1: " + position);
    }
    this.left = (float) leftWeight(position);
    this.right = (float) rightWeight(position);
  }

  /**
   * The factor of the left channel at {@code position}: 1 unless the position leans right, then
   * falling linearly to 0 at +1. For a sum that folds a gain into the same factor.
   */
  public static double leftWeight(double position) {
    return Math.min(1, 1 - position);
  }

  /** The factor of the right channel at {@code position}, the mirror of {@link #leftWeight}. */
  public static double rightWeight(double position) {
    return Math.min(1, 1 + position);
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != 2) {
      throw new IllegalArgumentException("balance needs a stereo block, got " + block.channels());
    }
    int n = block.frames();
    scale(block.channel(0), n, left);
    scale(block.channel(1), n, right);
  }

  private static void scale(float[] x, int n, float g) {
    if (g == 1f) {
      return;
    }
    for (int i = 0; i < n; i++) {
      x[i] *= g;
    }
  }
}
