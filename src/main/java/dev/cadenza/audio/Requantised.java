package dev.cadenza.audio;

import java.io.IOException;

/**
 * A source's samples as they read back from a WAV file of one encoding written with one dither:
 * what a stage that reads the file sees, without the file. Quantised exactly as {@link WavWriter}
 * quantises and scaled back exactly as {@link WavReader} decodes, with the dither drawn in frame
 * order as the writer draws it, so block sizes change nothing.
 */
public final class Requantised extends ForwardingSource {
  private final WavEncoding encoding;
  private final Dither dither;
  private double[] noise = new double[0];

  public Requantised(AudioSource source, WavEncoding encoding, Dither dither) {
    super(source);
    this.encoding = encoding;
    this.dither = dither;
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    int n = source.read(block);
    switch (encoding) {
      case PCM_16 -> requantise(block, n, 32768.0);
      case PCM_24 -> requantise(block, n, 8388608.0);
      // 32-bit floats are written and read back bit for bit.
      case FLOAT_32 -> {}
    }
    return n;
  }

  private void requantise(AudioBlock block, int frames, double steps) {
    int channels = block.channels();
    if (noise.length < frames * channels) {
      noise = new double[frames * channels];
    }
    dither.fill(noise, frames * channels);
    float back = (float) (1 / steps);
    for (int c = 0; c < channels; c++) {
      float[] x = block.channel(c);
      for (int i = 0, k = c; i < frames; i++, k += channels) {
        x[i] = Quantiser.quantise(x[i], steps, noise[k]) * back;
      }
    }
  }
}
