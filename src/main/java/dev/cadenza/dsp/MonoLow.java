package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * Keeps the low end in the middle: the side signal S = (L - R) / 2 is high-passed (second-order
 * Butterworth, {@link Rbj#highPass} with q = 1/sqrt(2)), the mid M = (L + R) / 2 is left alone, and
 * L = M + S', R = M - S'. A stereo part keeps its width above {@code frequency}, while the kick and
 * bass below it are the same on both sides (as vinyl cutting and club systems want), the side
 * falling 12 dB per octave under it. No latency.
 */
public final class MonoLow implements Processor {
  private final Biquad filter;
  private double z1;
  private double z2;

  public MonoLow(double frequency, int sampleRate) {
    if (!(frequency >= 20 && frequency <= 1000 && frequency < sampleRate / 2.0)) {
      throw new IllegalArgumentException(
          "mono-below frequency must be in 20..1000 Hz: " + frequency);
    }
    this.filter = Rbj.highPass(frequency, StrictMath.sqrt(0.5), sampleRate);
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != 2) {
      throw new IllegalArgumentException("mono-low needs a stereo block");
    }
    int n = block.frames();
    float[] l = block.channel(0);
    float[] r = block.channel(1);
    Biquad f = filter;
    for (int i = 0; i < n; i++) {
      double mid = 0.5 * ((double) l[i] + r[i]);
      double side = 0.5 * ((double) l[i] - r[i]);
      // Transposed direct form II.
      double y = f.b0() * side + z1;
      z1 = f.b1() * side - f.a1() * y + z2;
      z2 = f.b2() * side - f.a2() * y;
      l[i] = (float) (mid + y);
      r[i] = (float) (mid - y);
    }
  }

  @Override
  public void reset() {
    z1 = 0;
    z2 = 0;
  }
}
