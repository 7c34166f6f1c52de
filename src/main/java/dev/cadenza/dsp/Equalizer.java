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

  @Override
  public void reset() {
    for (int c = 0; c < s1.length; c++) {
      java.util.Arrays.fill(s1[c], 0);
      java.util.Arrays.fill(s2[c], 0);
    }
  }
}
