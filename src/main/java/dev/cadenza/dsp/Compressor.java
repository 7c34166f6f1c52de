package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * A feed-forward compressor with a soft knee, linked over all channels. The detector follows the
 * largest sample magnitude over channels ({@link Detector#PEAK}) or the mean power over channels
 * smoothed over {@code rmsMs} ({@link Detector#RMS}); the key signal is the input itself or a
 * separate sidechain block (a kick ducking a bass).
 *
 * <p>The static curve, level x and threshold T in dB, ratio R, knee width W (Giannoulis, Massberg
 * and Reiss, "Digital Dynamic Range Compressor Design", JAES 2012):
 *
 * <pre>
 *   y = x                                      2 (x - T) &lt; -W
 *   y = x + (1/R - 1) (x - T + W/2)^2 / (2 W)    |2 (x - T)| &lt;= W
 *   y = T + (x - T) / R                         2 (x - T) &gt; W
 * </pre>
 *
 * The gain reduction y - x is smoothed in dB by a one-pole filter whose time constant is the attack
 * while reduction grows and the release while it shrinks, then makeup gain is added.
 */
public final class Compressor implements Processor {

  /** How the key signal's level is measured. */
  public enum Detector {
    PEAK,
    RMS
  }

  /**
   * @param thresholdDb level above which the gain is reduced, dBFS
   * @param ratio input dB per output dB above the threshold, at least 1
   * @param kneeDb width of the soft knee, 0 for a hard knee
   * @param attackMs time constant while gain reduction grows
   * @param releaseMs time constant while gain reduction shrinks
   * @param makeupDb gain added after compression
   * @param detector peak or RMS level
   * @param rmsMs the RMS detector's averaging time constant
   */
  public record Settings(
      double thresholdDb,
      double ratio,
      double kneeDb,
      double attackMs,
      double releaseMs,
      double makeupDb,
      Detector detector,
      double rmsMs) {
    public Settings {
      if (!Double.isFinite(thresholdDb) || !Double.isFinite(makeupDb)) {
        throw new IllegalArgumentException("threshold and makeup must be finite");
      }
      if (!(ratio >= 1 && ratio <= 1000)) {
        throw new IllegalArgumentException("ratio must be in 1..1000: " + ratio);
      }
      if (!(kneeDb >= 0 && kneeDb <= 48)) {
        throw new IllegalArgumentException("knee must be in 0..48 dB: " + kneeDb);
      }
      if (!(attackMs >= 0 && attackMs <= 10_000 && releaseMs >= 0 && releaseMs <= 10_000)) {
        throw new IllegalArgumentException("attack and release must be in 0..10000 ms");
      }
      if (!(rmsMs > 0 && rmsMs <= 10_000)) {
        throw new IllegalArgumentException("RMS time must be in (0, 10000] ms: " + rmsMs);
      }
    }

    /** The static curve: output level for a steady input level, before makeup. */
    public double staticOutputDb(double inputDb) {
      double over = inputDb - thresholdDb;
      if (2 * over < -kneeDb) {
        return inputDb;
      }
      if (2 * Math.abs(over) <= kneeDb) {
        double t = over + kneeDb / 2;
        return inputDb + (1 / ratio - 1) * t * t / (2 * kneeDb);
      }
      return thresholdDb + over / ratio;
    }
  }

  private static final double LN10_OVER_20 = StrictMath.log(10) / 20;
  private static final double TEN_OVER_LN10 = 10 / StrictMath.log(10);

  private final Settings settings;
  private final int channels;
  private final double rmsCoefficient;

  /** Below this key power (linear, squared magnitude) the curve is the identity. */
  private final double kneeStartPower;

  /** Frames per control step of the gain computer. */
  static final int CONTROL = 16;

  /** Smoother coefficients for one control step: the one-frame pole to the power CONTROL. */
  private final double attackStep;

  private final double releaseStep;

  private double power;
  private double stepPower;
  private int phase;
  private double rampFrom;
  private double rampStep;
  private double reductionDb;
  private double lastTotalDb = Double.NaN;
  private double lastGain;
  private double maxReductionDb;

  public Compressor(Settings settings, int sampleRate, int channels) {
    if (channels < 1 || sampleRate < 1) {
      throw new IllegalArgumentException("sample rate and channels must be positive");
    }
    this.settings = settings;
    this.channels = channels;
    double attack = coefficient(settings.attackMs(), sampleRate);
    double release = coefficient(settings.releaseMs(), sampleRate);
    this.attackStep = StrictMath.pow(attack, CONTROL);
    this.releaseStep = StrictMath.pow(release, CONTROL);
    this.rmsCoefficient = 1 - coefficient(settings.rmsMs(), sampleRate);
    double kneeStartDb = settings.thresholdDb() - settings.kneeDb() / 2;
    this.kneeStartPower = StrictMath.pow(10, kneeStartDb / 10);
  }

  /** {@code exp(-1 / (tau fs))}: the pole of a one-pole smoother with time constant tau. */
  static double coefficient(double ms, int sampleRate) {
    return ms <= 0 ? 0 : StrictMath.exp(-1000.0 / (ms * sampleRate));
  }

  public Settings settings() {
    return settings;
  }

  /** The largest gain reduction applied so far, in dB (positive). */
  public double maxReductionDb() {
    return maxReductionDb;
  }

  @Override
  public void process(AudioBlock block) {
    process(block, block);
  }

  /**
   * Compresses {@code block} keyed by {@code key}, which must have at least as many frames. The key
   * level is read every frame; the gain computer and smoother run once per {@link #CONTROL} frames
   * on the loudest key level of the step before (so no peak is missed, at the cost of one step of
   * detection delay), and the linear gain is ramped across the step, sparing a logarithm and an
   * exponential per sample. Steps count from the first frame, so block sizes do not change the
   * result.
   */
  public void process(AudioBlock block, AudioBlock key) {
    if (block.channels() != channels) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, compressor " + channels);
    }
    if (key.frames() < block.frames()) {
      throw new IllegalArgumentException("sidechain block is shorter than the signal block");
    }
    int n = block.frames();
    int keyChannels = key.channels();
    boolean rms = settings.detector() == Detector.RMS;
    float[][] keys = new float[keyChannels][];
    for (int c = 0; c < keyChannels; c++) {
      keys[c] = key.channel(c);
    }
    float[][] xs = new float[channels][];
    for (int c = 0; c < channels; c++) {
      xs[c] = block.channel(c);
    }
    for (int i = 0; i < n; i++) {
      if (phase == 0) {
        control();
      }
      double keyPower;
      if (rms) {
        double sum = 0;
        for (int c = 0; c < keyChannels; c++) {
          double v = keys[c][i];
          sum += v * v;
        }
        power += rmsCoefficient * (sum / keyChannels - power);
        keyPower = power;
      } else {
        double peak = 0;
        for (int c = 0; c < keyChannels; c++) {
          peak = Math.max(peak, Math.abs(keys[c][i]));
        }
        keyPower = peak * peak;
      }
      stepPower = Math.max(stepPower, keyPower);
      double gain = rampFrom + rampStep * (phase + 1);
      for (int c = 0; c < channels; c++) {
        xs[c][i] = (float) (xs[c][i] * gain);
      }
      phase = phase + 1 == CONTROL ? 0 : phase + 1;
    }
  }

  /** Starts a control step: the gain computer on the last step's key level, and a new ramp. */
  private void control() {
    double targetDb = 0;
    if (stepPower > kneeStartPower) {
      double levelDb = TEN_OVER_LN10 * StrictMath.log(stepPower);
      targetDb = settings.staticOutputDb(levelDb) - levelDb;
    }
    double coefficient = targetDb < reductionDb ? attackStep : releaseStep;
    reductionDb = targetDb + coefficient * (reductionDb - targetDb);
    if (reductionDb > -1e-9 && targetDb == 0) {
      reductionDb = 0;
    }
    maxReductionDb = Math.max(maxReductionDb, -reductionDb);
    double totalDb = reductionDb + settings.makeupDb();
    double gain = totalDb == lastTotalDb ? lastGain : StrictMath.exp(totalDb * LN10_OVER_20);
    rampFrom = Double.isNaN(lastTotalDb) ? gain : lastGain;
    rampStep = (gain - rampFrom) / CONTROL;
    lastTotalDb = totalDb;
    lastGain = gain;
    stepPower = 0;
  }

  @Override
  public void reset() {
    power = 0;
    stepPower = 0;
    phase = 0;
    rampFrom = 0;
    rampStep = 0;
    reductionDb = 0;
    lastTotalDb = Double.NaN;
    maxReductionDb = 0;
  }
}
