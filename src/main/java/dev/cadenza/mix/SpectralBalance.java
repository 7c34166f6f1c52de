package dev.cadenza.mix;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
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
      Meter meter = new Meter(source.format());
      AudioBlock block = new AudioBlock(source.format().channels(), FRAME);
      while (source.read(block) > 0) {
        meter.accept(block);
      }
      return meter.result();
    }
  }

  /** Accumulates the spectrum block by block, so one read can feed other meters as well. */
  public static final class Meter {
    private final int channels;
    private final double[] window = new double[FRAME];
    private final int[] bandOfBin = new int[FRAME / 2];
    private final DoubleFFT_1D fft = new DoubleFFT_1D(FRAME);
    private final double[] power = new double[CENTRES.length];
    private final double[] frame = new double[FRAME];
    private final double[] spectrum = new double[FRAME];
    private int filled;

    public Meter(AudioFormat format) {
      this.channels = format.channels();
      for (int i = 0; i < FRAME; i++) {
        window[i] = 0.5 - 0.5 * StrictMath.cos(2 * StrictMath.PI * i / FRAME);
      }
      for (int k = 0; k < bandOfBin.length; k++) {
        bandOfBin[k] = band((double) k * format.sampleRate() / FRAME);
      }
    }

    public void accept(AudioBlock block) {
      for (int i = 0; i < block.frames(); i++) {
        double sum = 0;
        for (int c = 0; c < channels; c++) {
          sum += block.channel(c)[i];
        }
        frame[filled++] = sum / channels;
        if (filled == FRAME) {
          accumulate();
          filled = 0;
        }
      }
    }

    public SpectralBalance result() {
      double[] db = new double[power.length];
      for (int b = 0; b < db.length; b++) {
        db[b] = 10 * StrictMath.log10(power[b]);
      }
      return new SpectralBalance(db);
    }

    private void accumulate() {
      double energy = 0;
      for (double x : frame) {
        energy += x * x;
      }
      if (energy / FRAME < GATE_POWER) {
        return;
      }
      for (int i = 0; i < FRAME; i++) {
        spectrum[i] = frame[i] * window[i];
      }
      fft.realForward(spectrum);
      for (int k = 1; k < FRAME / 2; k++) {
        int b = bandOfBin[k];
        if (b >= 0) {
          power[b] += spectrum[2 * k] * spectrum[2 * k] + spectrum[2 * k + 1] * spectrum[2 * k + 1];
        }
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
