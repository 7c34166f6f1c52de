package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * Stereo width by mid/side scaling: M = (L + R) / 2 and S = (L - R) / 2, the side scaled by {@code
 * width}, then L = M + S and R = M - S. Width 1 leaves the signal unchanged, 0 folds it to mono, 2
 * doubles the side.
 */
public final class StereoWidth implements Processor {
  private final double width;

  public StereoWidth(double width) {
    if (!(width >= 0 && width <= 4)) {
      throw new IllegalArgumentException("width must be in 0..4: " + width);
    }
    this.width = width;
  }

  public double width() {
    return width;
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != 2) {
      throw new IllegalArgumentException("stereo width needs a stereo block");
    }
    if (width == 1) {
      return;
    }
    int n = block.frames();
    float[] l = block.channel(0);
    float[] r = block.channel(1);
    for (int i = 0; i < n; i++) {
      double mid = 0.5 * ((double) l[i] + r[i]);
      double side = 0.5 * ((double) l[i] - r[i]) * width;
      l[i] = (float) (mid + side);
      r[i] = (float) (mid - side);
    }
  }
}
