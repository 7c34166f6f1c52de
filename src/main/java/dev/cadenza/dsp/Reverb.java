package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * An algorithmic reverb: a feedback delay network (Jot and Chaigne, "Digital delay networks for
 * designing artificial reverberators", AES 1991) of eight delay lines of 31 to 74 ms, mixed each
 * pass by the 8x8 Hadamard matrix divided by sqrt(8), which is orthogonal, so the network itself
 * neither gains nor loses energy. Each line ends in a one-pole loss filter {@code b / (1 - a z^-1)}
 * whose gains at DC and Nyquist are
 *
 * <pre>
 *   g_dc = 10^(-3 d / (T fs)),   g_ny = 10^(-3 d / (hfRatio T fs))
 * </pre>
 *
 * for a line of d frames, so every path decays by 60 dB in T seconds at low frequencies and in
 * {@code hfRatio T} near Nyquist, whatever its length: {@code a = (g_dc/g_ny - 1) / (g_dc/g_ny +
 * 1)}, {@code b = g_dc (1 - a)}.
 *
 * <p>The channels' mean enters every line (signs alternating) after the pre-delay; the left and
 * right outputs tap all lines with two orthogonal sign patterns, so they decorrelate. The wet
 * signal is scaled so its impulse response has about unit energy at any T. Output {@code y = dry +
 * mix (wet - dry)}; no latency.
 */
public final class Reverb implements Processor {

  /** Line lengths in ms: spread, none a multiple of another, so echoes do not pile up. */
  private static final double[] LINE_MS = {31.3, 37.9, 43.1, 47.3, 53.9, 61.1, 67.3, 73.7};

  private static final int LINES = LINE_MS.length;

  /**
   * @param rt60Seconds the time low frequencies take to decay by 60 dB
   * @param hfRatio the decay time near Nyquist as a fraction of rt60Seconds (1 = no damping)
   * @param predelayMs the gap before the reverberation starts
   * @param mix 0 dry, 1 reverberation only
   */
  public record Settings(double rt60Seconds, double hfRatio, double predelayMs, double mix) {
    public Settings {
      if (!(rt60Seconds >= 0.1 && rt60Seconds <= 30)) {
        throw new IllegalArgumentException("rt60 must be in 0.1..30 s: " + rt60Seconds);
      }
      if (!(hfRatio >= 0.1 && hfRatio <= 1)) {
        throw new IllegalArgumentException("hfRatio must be in 0.1..1: " + hfRatio);
      }
      if (!(predelayMs >= 0 && predelayMs <= 500)) {
        throw new IllegalArgumentException("pre-delay must be in 0..500 ms: " + predelayMs);
      }
      if (!(mix >= 0 && mix <= 1)) {
        throw new IllegalArgumentException("mix must be in 0..1: " + mix);
      }
    }
  }

  private final Settings settings;
  private final int channels;
  private final int[] lengths = new int[LINES];
  private final double[][] lines = new double[LINES][];
  private final int[] positions = new int[LINES];
  private final double[] a = new double[LINES];
  private final double[] b = new double[LINES];
  private final double[] filtered = new double[LINES];
  private final double wetGain;
  private final double[] predelay;
  private int predelayPos;

  public Reverb(Settings settings, int sampleRate, int channels) {
    if (channels < 1 || sampleRate < 1) {
      throw new IllegalArgumentException("sample rate and channels must be positive");
    }
    this.settings = settings;
    this.channels = channels;
    double t = settings.rt60Seconds();
    double meanLoss = 0;
    for (int i = 0; i < LINES; i++) {
      lengths[i] = Math.max(1, (int) Math.round(LINE_MS[i] * sampleRate / 1000));
      lines[i] = new double[lengths[i]];
      double dc = StrictMath.pow(10, -3.0 * lengths[i] / (t * sampleRate));
      double ny = StrictMath.pow(10, -3.0 * lengths[i] / (settings.hfRatio() * t * sampleRate));
      double ratio = dc / ny;
      a[i] = (ratio - 1) / (ratio + 1);
      b[i] = dc * (1 - a[i]);
      meanLoss += dc * dc / LINES;
    }
    // Each output sees the injected energy 1/8 per pass, summed over passes decaying by g^2:
    // about (1/8) / (1 - g^2) in all; this gain brings it to about 1.
    this.wetGain = StrictMath.sqrt(LINES * (1 - meanLoss));
    this.predelay =
        new double[Math.max(1, (int) Math.round(settings.predelayMs() * sampleRate / 1000))];
  }

  public Settings settings() {
    return settings;
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != channels) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, reverb " + channels);
    }
    double mix = settings.mix();
    double scale = 1 / StrictMath.sqrt(LINES);
    double inputScale = scale / channels;
    double outputScale = scale * wetGain;
    boolean delayed = settings.predelayMs() > 0;
    // The filters' state lives in locals while the block runs: the JIT keeps it in registers,
    // which it cannot do through an array that might share memory with the lines.
    double f0 = filtered[0], f1 = filtered[1], f2 = filtered[2], f3 = filtered[3];
    double f4 = filtered[4], f5 = filtered[5], f6 = filtered[6], f7 = filtered[7];
    for (int i = 0, n = block.frames(); i < n; i++) {
      double in = 0;
      for (int c = 0; c < channels; c++) {
        in += block.channel(c)[i];
      }
      in *= inputScale;
      if (delayed) {
        double out = predelay[predelayPos];
        predelay[predelayPos] = in;
        predelayPos = predelayPos + 1 == predelay.length ? 0 : predelayPos + 1;
        in = out;
      }
      f0 = b[0] * lines[0][positions[0]] + a[0] * f0;
      f1 = b[1] * lines[1][positions[1]] + a[1] * f1;
      f2 = b[2] * lines[2][positions[2]] + a[2] * f2;
      f3 = b[3] * lines[3][positions[3]] + a[3] * f3;
      f4 = b[4] * lines[4][positions[4]] + a[4] * f4;
      f5 = b[5] * lines[5][positions[5]] + a[5] * f5;
      f6 = b[6] * lines[6][positions[6]] + a[6] * f6;
      f7 = b[7] * lines[7][positions[7]] + a[7] * f7;
      feed(f0, f1, f2, f3, f4, f5, f6, f7, scale, in);
      // The outputs tap the lines with two sign patterns, in line order: 1 -1 1 -1 1 -1 1 -1 for
      // even channels, 1 1 -1 -1 1 1 -1 -1 for odd ones (adding -f is subtracting f, to the bit).
      double even = 0.0 + f0 - f1 + f2 - f3 + f4 - f5 + f6 - f7;
      double odd = 0.0 + f0 + f1 - f2 - f3 + f4 + f5 - f6 - f7;
      for (int c = 0; c < channels; c++) {
        double wet = (c % 2 == 0 ? even : odd) * outputScale;
        float[] x = block.channel(c);
        x[i] = (float) (x[i] + mix * (wet - x[i]));
      }
    }
    filtered[0] = f0;
    filtered[1] = f1;
    filtered[2] = f2;
    filtered[3] = f3;
    filtered[4] = f4;
    filtered[5] = f5;
    filtered[6] = f6;
    filtered[7] = f7;
  }

  /**
   * Writes the next sample of every line and steps them: the lines' filtered outputs mixed by the
   * unnormalised 8-point Walsh-Hadamard transform (Sylvester order, 24 additions) and scaled, plus
   * the input with the line's sign, 1 -1 1 1 -1 1 -1 -1.
   */
  private void feed(
      double f0,
      double f1,
      double f2,
      double f3,
      double f4,
      double f5,
      double f6,
      double f7,
      double scale,
      double in) {
    double s0 = f0 + f1;
    double d0 = f0 - f1;
    double s1 = f2 + f3;
    double d1 = f2 - f3;
    double s2 = f4 + f5;
    double d2 = f4 - f5;
    double s3 = f6 + f7;
    double d3 = f6 - f7;
    double t0 = s0 + s1;
    double t1 = d0 + d1;
    double t2 = s0 - s1;
    double t3 = d0 - d1;
    double t4 = s2 + s3;
    double t5 = d2 + d3;
    double t6 = s2 - s3;
    double t7 = d2 - d3;
    write(0, (t0 + t4) * scale + in);
    write(1, (t1 + t5) * scale - in);
    write(2, (t2 + t6) * scale + in);
    write(3, (t3 + t7) * scale + in);
    write(4, (t0 - t4) * scale - in);
    write(5, (t1 - t5) * scale + in);
    write(6, (t2 - t6) * scale - in);
    write(7, (t3 - t7) * scale - in);
  }

  private void write(int line, double value) {
    int p = positions[line];
    lines[line][p] = value;
    positions[line] = p + 1 == lengths[line] ? 0 : p + 1;
  }

  @Override
  public void reset() {
    for (double[] line : lines) {
      java.util.Arrays.fill(line, 0);
    }
    java.util.Arrays.fill(positions, 0);
    java.util.Arrays.fill(filtered, 0);
    java.util.Arrays.fill(predelay, 0);
    predelayPos = 0;
  }
}
