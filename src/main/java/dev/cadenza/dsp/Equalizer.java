package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;
import java.util.List;

/**
 * A cascade of biquad sections applied to every channel, in transposed direct form II with double
 * state (low noise and no denormal trouble at the precision float samples need).
 */
public final class Equalizer implements Processor {
  private final Biquad[] sections;
  private final double[][] s1;
  private final double[][] s2;

  public Equalizer(List<Biquad> sections, int channels) {
    if (channels < 1) {
      throw new IllegalArgumentException("channels must be positive: " + channels);
    }
    this.sections = sections.toArray(new Biquad[0]);
    this.s1 = new double[channels][this.sections.length];
    this.s2 = new double[channels][this.sections.length];
  }

  public List<Biquad> sections() {
    return List.of(sections);
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != s1.length) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, equalizer " + s1.length);
    }
    int n = block.frames();
    if (block.channels() == 2) {
      for (int k = 0; k < sections.length; k++) {
        pair(sections[k], k, block.channel(0), block.channel(1), n);
      }
      return;
    }
    for (int c = 0; c < block.channels(); c++) {
      float[] x = block.channel(c);
      for (int k = 0; k < sections.length; k++) {
        Biquad f = sections[k];
        double b0 = f.b0();
        double b1 = f.b1();
        double b2 = f.b2();
        double a1 = f.a1();
        double a2 = f.a2();
        double z1 = s1[c][k];
        double z2 = s2[c][k];
        for (int i = 0; i < n; i++) {
          double in = x[i];
          double out = b0 * in + z1;
          z1 = b1 * in - a1 * out + z2;
          z2 = b2 * in - a2 * out;
          x[i] = (float) out;
        }
        // Flush values too small to matter so a silent tail never runs into denormals.
        s1[c][k] = Math.abs(z1) < 1e-30 ? 0 : z1;
        s2[c][k] = Math.abs(z2) < 1e-30 ? 0 : z2;
      }
    }
  }

  /**
   * Section {@code k} on both channels of a stereo block, with exactly the arithmetic of the
   * per-channel loop: two independent recursions interleaved, which the processor overlaps.
   */
  private void pair(Biquad f, int k, float[] left, float[] right, int n) {
    double b0 = f.b0();
    double b1 = f.b1();
    double b2 = f.b2();
    double a1 = f.a1();
    double a2 = f.a2();
    double l1 = s1[0][k];
    double l2 = s2[0][k];
    double r1 = s1[1][k];
    double r2 = s2[1][k];
    for (int i = 0; i < n; i++) {
      double l = left[i];
      double r = right[i];
      double lo = b0 * l + l1;
      double ro = b0 * r + r1;
      l1 = b1 * l - a1 * lo + l2;
      r1 = b1 * r - a1 * ro + r2;
      l2 = b2 * l - a2 * lo;
      r2 = b2 * r - a2 * ro;
      left[i] = (float) lo;
      right[i] = (float) ro;
    }
    s1[0][k] = Math.abs(l1) < 1e-30 ? 0 : l1;
    s2[0][k] = Math.abs(l2) < 1e-30 ? 0 : l2;
    s1[1][k] = Math.abs(r1) < 1e-30 ? 0 : r1;
    s2[1][k] = Math.abs(r2) < 1e-30 ? 0 : r2;
  }

  @Override
  public void reset() {
    for (int c = 0; c < s1.length; c++) {
      java.util.Arrays.fill(s1[c], 0);
      java.util.Arrays.fill(s2[c], 0);
    }
  }
}
