package dev.cadenza.analyze.key;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.dsp.Biquad;

/**
 * Mixes every channel down to mono and lowers the sample rate by an integer factor to about 11 kHz,
 * behind a fourth-order Butterworth low-pass, so the spectrum analysis works on a quarter of the
 * samples of a 44.1 kHz file. Pitch classes only need partials up to a few kHz, and qa's stem pitch
 * tracking only the fundamentals of melodic lines, which stay below the 2.6 kHz corner.
 */
public final class MonoDecimator {

  /** The lowest rate the decimated stream may have. */
  static final double TARGET_RATE = 11_025;

  /** Corner of the anti-alias filter; chroma uses partials below 2.1 kHz. */
  static final double CUTOFF_HZ = 2_600;

  // Butterworth pole quality factors for order 4: 1 / (2 cos(pi/8)) and 1 / (2 cos(3 pi/8)).
  private static final double Q1 = 0.541_196_100_146_197;
  private static final double Q2 = 1.306_562_964_876_376_5;

  private final int factor;
  private final double outputRate;
  private final Biquad first;
  private final Biquad second;
  private final Sink sink;
  private float[] mono = new float[0];
  private float[] out = new float[0];
  private double x1a, x2a, y1a, y2a, y1b, y2b;
  private int phase;

  /**
   * @param sampleRate the input rate
   * @param sink receives each block of decimated mono samples and its length
   */
  public MonoDecimator(int sampleRate, Sink sink) {
    this.factor = Math.max(1, (int) (sampleRate / TARGET_RATE));
    this.outputRate = (double) sampleRate / factor;
    this.first = lowPass(CUTOFF_HZ, Q1, sampleRate);
    this.second = lowPass(CUTOFF_HZ, Q2, sampleRate);
    this.sink = sink;
  }

  /** Where the decimated samples go. */
  public interface Sink {
    void accept(float[] samples, int count);
  }

  public double outputRate() {
    return outputRate;
  }

  public void accept(AudioBlock block) {
    int frames = block.frames();
    int channels = block.channels();
    float scale = 1f / channels;
    if (mono.length < frames) {
      mono = new float[frames];
      out = new float[frames / factor + 1];
    }
    System.arraycopy(block.channel(0), 0, mono, 0, frames);
    for (int c = 1; c < channels; c++) {
      float[] samples = block.channel(c);
      for (int i = 0; i < frames; i++) {
        mono[i] += samples[i];
      }
    }
    int n = 0;
    for (int i = 0; i < frames; i++) {
      double x = mono[i] * scale;
      if (factor == 1) {
        out[n++] = (float) x;
        continue;
      }
      double ya =
          first.b0() * x
              + first.b1() * x1a
              + first.b2() * x2a
              - first.a1() * y1a
              - first.a2() * y2a;
      x2a = x1a;
      x1a = x;
      double yb =
          second.b0() * ya
              + second.b1() * y1a
              + second.b2() * y2a
              - second.a1() * y1b
              - second.a2() * y2b;
      y2a = y1a;
      y1a = ya;
      y2b = y1b;
      y1b = yb;
      if (++phase == factor) {
        phase = 0;
        out[n++] = (float) yb;
      }
    }
    if (n > 0) {
      sink.accept(out, n);
    }
  }

  /** The bilinear transform of {@code w0^2 / (s^2 + (w0/q) s + w0^2)}, prewarped at {@code f0}. */
  static Biquad lowPass(double f0, double q, double sampleRate) {
    double k = StrictMath.tan(StrictMath.PI * f0 / sampleRate);
    double kk = k * k;
    double a0 = 1 + k / q + kk;
    return new Biquad(kk / a0, 2 * kk / a0, kk / a0, 2 * (kk - 1) / a0, (1 - k / q + kk) / a0);
  }
}
