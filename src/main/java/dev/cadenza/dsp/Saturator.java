package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * Tape-like soft clipping: {@code wet = out tanh(drive x)}, computed at 1, 2, 4 or 8 times the
 * sample rate by an {@link Oversampler} so the odd harmonics tanh creates above Nyquist do not
 * alias back, then mixed with the dry signal delayed to match: {@code y = dry + mix (wet - dry)}.
 * Mix 0 returns the dry signal exactly (after the reported latency).
 */
public final class Saturator implements Processor {

  /**
   * @param driveDb gain into the curve; at 0 dB a full-scale sine is rounded to about 0.76
   * @param mix 0 dry, 1 fully saturated
   * @param outputDb gain after the curve (wet path only)
   * @param oversample 1, 2, 4 or 8
   */
  public record Settings(double driveDb, double mix, double outputDb, int oversample) {
    public Settings {
      if (!(driveDb >= -24 && driveDb <= 48)) {
        throw new IllegalArgumentException("drive must be in -24..48 dB: " + driveDb);
      }
      if (!(mix >= 0 && mix <= 1)) {
        throw new IllegalArgumentException("mix must be in 0..1: " + mix);
      }
      if (!(outputDb >= -48 && outputDb <= 24)) {
        throw new IllegalArgumentException("output must be in -48..24 dB: " + outputDb);
      }
      if (oversample != 1 && oversample != 2 && oversample != 4 && oversample != 8) {
        throw new IllegalArgumentException("oversample must be 1, 2, 4 or 8: " + oversample);
      }
    }
  }

  private final Settings settings;
  private final int channels;
  private final Oversampler oversampler;
  private final double output;
  private final int latency;

  /** Per channel, the dry signal delayed by the oversampler's latency (ring of latency + 1). */
  private final float[][] dry;

  private int dryPos;

  public Saturator(Settings settings, int sampleRate, int channels) {
    if (channels < 1 || sampleRate < 1) {
      throw new IllegalArgumentException("sample rate and channels must be positive");
    }
    this.settings = settings;
    this.channels = channels;
    double drive = Levels.gain(settings.driveDb());
    this.oversampler =
        new Oversampler(settings.oversample(), channels, x -> StrictMath.tanh(drive * x));
    this.output = Levels.gain(settings.outputDb());
    this.latency = oversampler.latencyFrames();
    this.dry = new float[channels][latency + 1];
  }

  public Settings settings() {
    return settings;
  }

  @Override
  public int latencyFrames() {
    return latency;
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != channels) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, saturator " + channels);
    }
    int n = block.frames();
    double mix = settings.mix();
    int size = latency + 1;
    for (int i = 0; i < n; i++) {
      int oldest = dryPos + 1 == size ? 0 : dryPos + 1;
      for (int c = 0; c < channels; c++) {
        float[] x = block.channel(c);
        float[] d = dry[c];
        d[dryPos] = x[i];
        double delayed = d[oldest];
        double wet = output * oversampler.process(c, x[i]);
        x[i] = (float) (delayed + mix * (wet - delayed));
      }
      oversampler.advance();
      dryPos = oldest;
    }
  }

  @Override
  public void reset() {
    for (float[] d : dry) {
      java.util.Arrays.fill(d, 0f);
    }
    dryPos = 0;
    oversampler.reset();
  }
}
