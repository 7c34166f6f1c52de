package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * Widens a mono or narrow part without hollowing its mono sum: a copy of the mid, delayed by a few
 * milliseconds and scaled by {@code amount} k, is added to the side,
 *
 * <pre>
 *   L = M + S + k M(t - d),   R = M - S - k M(t - d)
 * </pre>
 *
 * so L + R = 2M exactly (a mono fold-down hears the part as it was, with none of the comb filtering
 * a plain Haas delay on one side gives), while the two sides differ. For a mono input whose samples
 * d apart are uncorrelated (noise, a busy part) the L/R correlation is (1 - k^2) / (1 + k^2); for a
 * sine of frequency f it is (1 - k^2) / sqrt((1 + k^2)^2 - 4 k^2 cos^2(2 pi f d)). No latency.
 */
public final class StereoSpread implements Processor {
  private final double amount;
  private final double[] line;
  private int pos;

  /**
   * @param delayMs the delay of the copy, 1..40 ms (long enough to decorrelate, short enough not to
   *     be heard as an echo)
   * @param amount k, 0..1
   */
  public StereoSpread(double delayMs, double amount, int sampleRate) {
    if (!(delayMs >= 1 && delayMs <= 40)) {
      throw new IllegalArgumentException("spread delay must be in 1..40 ms: " + delayMs);
    }
    if (!(amount >= 0 && amount <= 1)) {
      throw new IllegalArgumentException("spread amount must be in 0..1: " + amount);
    }
    if (sampleRate < 1) {
      throw new IllegalArgumentException("sample rate must be positive");
    }
    this.amount = amount;
    this.line = new double[Math.max(1, (int) Math.round(delayMs * sampleRate / 1000))];
  }

  /** The delay of the copy in frames. */
  public int delayFrames() {
    return line.length;
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != 2) {
      throw new IllegalArgumentException("stereo spread needs a stereo block");
    }
    int n = block.frames();
    float[] l = block.channel(0);
    float[] r = block.channel(1);
    for (int i = 0; i < n; i++) {
      double mid = 0.5 * ((double) l[i] + r[i]);
      double side = 0.5 * ((double) l[i] - r[i]) + amount * line[pos];
      line[pos] = mid;
      pos = pos + 1 == line.length ? 0 : pos + 1;
      l[i] = (float) (mid + side);
      r[i] = (float) (mid - side);
    }
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(line, 0);
    pos = 0;
  }
}
