package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * Constant-power panning of a stereo block: left is scaled by cos(theta) and right by sin(theta),
 * theta = (position + 1) pi / 4, so cos^2 + sin^2 = 1 keeps the summed power of a mono source the
 * same at every position; at the centre each side is -3.01 dB.
 */
public final class Pan implements Processor {
  private final double position;
  private final double left;
  private final double right;

  /**
   * @param position -1 (hard left) … 0 (centre) … +1 (hard right)
   */
  public Pan(double position) {
    if (!(position >= -1 && position <= 1)) {
      throw new IllegalArgumentException("pan position must be in -1..1: " + position);
    }
    this.position = position;
    double theta = (position + 1) * StrictMath.PI / 4;
    this.left = StrictMath.cos(theta);
    this.right = StrictMath.sin(theta);
  }

  public double position() {
    return position;
  }

  public double leftGain() {
    return left;
  }

  public double rightGain() {
    return right;
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != 2) {
      throw new IllegalArgumentException("pan needs a stereo block, got " + block.channels());
    }
    int n = block.frames();
    float[] l = block.channel(0);
    float[] r = block.channel(1);
    for (int i = 0; i < n; i++) {
      l[i] = (float) (l[i] * left);
      r[i] = (float) (r[i] * right);
    }
  }
}
