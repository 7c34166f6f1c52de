package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * A feedback delay (echo), its time in beats at a tempo or in milliseconds, rounded to whole
 * frames. Each channel's line is fed its input plus {@code feedback} times its own output, through
 * an optional one-pole low-pass in the loop, so every repeat is darker than the one before. With
 * ping-pong (stereo only) the mono sum enters the left line, the left line feeds the right and the
 * right feeds the left: repeats alternate sides, each one delay apart. Output {@code y = dry + mix
 * (wet - dry)}; the k-th repeat of an impulse arrives k delays late at {@code mix feedback^(k-1)}
 * (without the low-pass). No latency.
 */
public final class Delay implements Processor {

  /**
   * @param delayMs the delay time
   * @param feedback the gain of each repeat relative to the one before, 0..0.98
   * @param mix 0 dry, 1 repeats only
   * @param lowpassHz cutoff of the low-pass in the loop, 0 for none
   * @param pingPong alternate repeats between left and right (stereo)
   */
  public record Settings(
      double delayMs, double feedback, double mix, double lowpassHz, boolean pingPong) {
    public Settings {
      if (!(delayMs >= 1 && delayMs <= 10_000)) {
        throw new IllegalArgumentException("delay must be in 1..10000 ms: " + delayMs);
      }
      if (!(feedback >= 0 && feedback <= 0.98)) {
        throw new IllegalArgumentException("feedback must be in 0..0.98: " + feedback);
      }
      if (!(mix >= 0 && mix <= 1)) {
        throw new IllegalArgumentException("mix must be in 0..1: " + mix);
      }
      if (!(lowpassHz == 0 || (lowpassHz >= 20 && lowpassHz <= 40_000))) {
        throw new IllegalArgumentException(
            "low-pass must be 0 (off) or 20..40000 Hz: " + lowpassHz);
      }
    }

    /** A delay of {@code beats} beats at {@code bpm}: 60000 beats / bpm milliseconds. */
    public static Settings synced(
        double beats, double bpm, double feedback, double mix, double lowpassHz, boolean pingPong) {
      if (!(bpm >= 20 && bpm <= 999)) {
        throw new IllegalArgumentException("bpm must be in 20..999: " + bpm);
      }
      if (!(beats > 0 && beats <= 16)) {
        throw new IllegalArgumentException("beats must be in (0, 16]: " + beats);
      }
      return new Settings(60_000 * beats / bpm, feedback, mix, lowpassHz, pingPong);
    }
  }

  private final Settings settings;
  private final int channels;
  private final int delayFrames;
  private final int sampleRate;
  private final float[][] lines;
  private final OnePoleFilter[] lowpass;
  private final double[] heard;
  private final double[] echo;
  private int pos;

  public Delay(Settings settings, int sampleRate, int channels) {
    if (channels < 1 || sampleRate < 1) {
      throw new IllegalArgumentException("sample rate and channels must be positive");
    }
    if (settings.pingPong() && channels != 2) {
      throw new IllegalArgumentException("ping-pong needs a stereo signal");
    }
    this.settings = settings;
    this.channels = channels;
    this.sampleRate = sampleRate;
    this.delayFrames = Math.max(1, (int) Math.round(settings.delayMs() * sampleRate / 1000));
    this.lines = new float[channels][delayFrames];
    this.lowpass = new OnePoleFilter[channels];
    this.heard = new double[channels];
    this.echo = new double[channels];
    if (settings.lowpassHz() > 0) {
      for (int c = 0; c < channels; c++) {
        lowpass[c] = new OnePoleFilter(settings.lowpassHz(), sampleRate);
      }
    }
  }

  public Settings settings() {
    return settings;
  }

  /** The delay time in frames. */
  public int delayFrames() {
    return delayFrames;
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != channels) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, delay " + channels);
    }
    int n = block.frames();
    double feedback = settings.feedback();
    double mix = settings.mix();
    for (int i = 0; i < n; i++) {
      // The line's output is the sample written one delay ago, read before it is overwritten; the
      // repeat is heard as it is and fed back through the low-pass.
      for (int c = 0; c < channels; c++) {
        double out = lines[c][pos];
        heard[c] = out;
        echo[c] = lowpass[c] == null ? out : lowpass[c].lowpass(out);
      }
      if (settings.pingPong()) {
        float[] l = block.channel(0);
        float[] r = block.channel(1);
        double mono = 0.5 * ((double) l[i] + r[i]);
        lines[0][pos] = (float) (mono + feedback * echo[1]);
        lines[1][pos] = (float) (feedback * echo[0]);
      } else {
        for (int c = 0; c < channels; c++) {
          lines[c][pos] = (float) (block.channel(c)[i] + feedback * echo[c]);
        }
      }
      for (int c = 0; c < channels; c++) {
        float[] x = block.channel(c);
        x[i] = (float) (x[i] + mix * (heard[c] - x[i]));
      }
      pos = pos + 1 == delayFrames ? 0 : pos + 1;
    }
  }

  @Override
  public void reset() {
    for (float[] line : lines) {
      java.util.Arrays.fill(line, 0f);
    }
    pos = 0;
    if (settings.lowpassHz() > 0) {
      for (int c = 0; c < channels; c++) {
        lowpass[c] = new OnePoleFilter(settings.lowpassHz(), sampleRate);
      }
    }
  }
}
