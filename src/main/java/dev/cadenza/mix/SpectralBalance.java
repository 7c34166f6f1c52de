package dev.cadenza.mix;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import java.io.IOException;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The long-term average spectrum of a track in third-octave bands (ISO 266 base-ten centres, 25 Hz
 * to 16 kHz), from Hann-windowed frames of the channel average; frames quieter than -60 dBFS RMS
 * are left out so silence and fades do not tilt it.
 *
 * @param bandDb power per band in dB, in the order of {@link #CENTRES}; -inf where empty
 */
public record SpectralBalance(double[] bandDb) {

  /** Third-octave centre frequencies: 1000 · 10^(k/10), k = -16 … 12. */
  public static final double[] CENTRES = centres();

  private static final int FRAME = 8192;
  private static final double GATE_POWER = StrictMath.pow(10, -60 / 10.0);

  private static double[] centres() {
    double[] c = new double[29];
    for (int i = 0; i < c.length; i++) {
      c[i] = 1000 * StrictMath.pow(10, (i - 16) / 10.0);
    }
    return c;
  }

  /** Measures all of {@code source} (and closes it). */
  public static SpectralBalance measure(AudioSource source) throws IOException {
    try (source) {
      int rate = source.format().sampleRate();
      int channels = source.format().channels();
      double[] window = new double[FRAME];
      for (int i = 0; i < FRAME; i++) {
        window[i] = 0.5 - 0.5 * StrictMath.cos(2 * StrictMath.PI * i / FRAME);
      }
      int[] bandOfBin = new int[FRAME / 2];
      for (int k = 0; k < bandOfBin.length; k++) {
        bandOfBin[k] = band((double) k * rate / FRAME);
      }
      DoubleFFT_1D fft = new DoubleFFT_1D(FRAME);
      double[] power = new double[CENTRES.length];
      double[] frame = new double[FRAME];
      int filled = 0;
      AudioBlock block = new AudioBlock(channels, FRAME);
      int n;
      while ((n = source.read(block)) > 0) {
        for (int i = 0; i < n; i++) {
          double sum = 0;
          for (int c = 0; c < channels; c++) {
            sum += block.channel(c)[i];
          }
          frame[filled++] = sum / channels;
          if (filled == FRAME) {
            accumulate(frame, window, fft, bandOfBin, power);
            filled = 0;
          }
        }
      }
      double[] db = new double[power.length];
      for (int b = 0; b < db.length; b++) {
        db[b] = 10 * StrictMath.log10(power[b]);
      }
      return new SpectralBalance(db);
    }
  }

  private static void accumulate(
      double[] frame, double[] window, DoubleFFT_1D fft, int[] bandOfBin, double[] power) {
    double energy = 0;
    for (double x : frame) {
      energy += x * x;
    }
    if (energy / FRAME < GATE_POWER) {
      return;
    }
    double[] x = new double[FRAME];
    for (int i = 0; i < FRAME; i++) {
      x[i] = frame[i] * window[i];
    }
    fft.realForward(x);
    for (int k = 1; k < FRAME / 2; k++) {
      int b = bandOfBin[k];
      if (b >= 0) {
        power[b] += x[2 * k] * x[2 * k] + x[2 * k + 1] * x[2 * k + 1];
      }
    }
  }

  /** The band holding {@code frequency}, or -1 outside 25 Hz … 16 kHz. */
  private static int band(double frequency) {
    double edge = StrictMath.pow(10, 0.05);
    for (int b = 0; b < CENTRES.length; b++) {
      if (frequency >= CENTRES[b] / edge && frequency < CENTRES[b] * edge) {
        return b;
      }
    }
    return -1;
  }
}
