package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * Sidechain ducking: the gain dips towards {@code depth} and recovers, either on a beat grid (the
 * pumping of a bass or pad under a four-on-the-floor kick, from the tempo alone) or following a key
 * signal such as the drum stem. Gain is linked over channels and crossfades linearly in amplitude
 * between 1 and the depth gain d = 10^(-depthDb/20):
 *
 * <pre>
 *   g = 1 - (1 - d) s,   0 &lt;= s &lt;= 1
 * </pre>
 *
 * <p>On a grid, with beat phase u = (t - offset) bpm / 60 counted in units of {@code everyBeats},
 * attack fraction a and release fraction r (both of that unit), the shape is a raised-cosine fall
 * and rise: {@code s = (1 - cos(pi u / a)) / 2} for u &lt; a, {@code s = (1 + cos(pi (u - a) / r))
 * / 2} for a &lt;= u &lt; a + r, and 0 after, so the deepest point falls {@code a} after each beat
 * and the gain is exactly 1 between dips.
 *
 * <p>Keyed, s is the key's peak envelope (largest magnitude over key channels, one-pole attack and
 * release in ms) divided by the threshold level and capped at 1: a key at or above the threshold
 * ducks fully.
 */
public final class Ducker implements Processor {

  /**
   * A beat grid.
   *
   * @param bpm beats per minute
   * @param offsetMs time of the first beat, ms
   * @param depthDb gain at the deepest point of each dip, dB below unity (0 leaves the signal as it
   *     is)
   * @param attackBeats fall time, in units of {@code everyBeats}
   * @param releaseBeats rise time, in units of {@code everyBeats}
   * @param everyBeats beats between dips (1 on every beat, 2 on every other)
   */
  public record Grid(
      double bpm,
      double offsetMs,
      double depthDb,
      double attackBeats,
      double releaseBeats,
      double everyBeats) {
    public Grid {
      if (!(bpm >= 20 && bpm <= 999)) {
        throw new IllegalArgumentException("bpm must be in 20..999: " + bpm);
      }
      if (!(offsetMs >= 0 && offsetMs <= 60_000)) {
        throw new IllegalArgumentException("offset must be in 0..60000 ms: " + offsetMs);
      }
      checkDepth(depthDb);
      if (!(attackBeats >= 0 && releaseBeats > 0 && attackBeats + releaseBeats <= 1)) {
        throw new IllegalArgumentException(
            "attack and release are fractions of the dip period; release must be positive and"
                + " attack + release at most 1: "
                + attackBeats
                + ", "
                + releaseBeats);
      }
      if (!(everyBeats >= 0.25 && everyBeats <= 16)) {
        throw new IllegalArgumentException("every must be in 0.25..16 beats: " + everyBeats);
      }
    }
  }

  /**
   * A key follower.
   *
   * @param thresholdDb key level (peak, dBFS) at and above which the dip is full
   * @param depthDb gain at full duck, dB below unity
   * @param attackMs envelope rise time constant
   * @param releaseMs envelope fall time constant
   */
  public record Keyed(double thresholdDb, double depthDb, double attackMs, double releaseMs) {
    public Keyed {
      if (!(thresholdDb >= -80 && thresholdDb <= 6)) {
        throw new IllegalArgumentException("threshold must be in -80..6 dBFS: " + thresholdDb);
      }
      checkDepth(depthDb);
      if (!(attackMs >= 0 && attackMs <= 1000 && releaseMs >= 1 && releaseMs <= 5000)) {
        throw new IllegalArgumentException(
            "attack must be in 0..1000 ms and release in 1..5000 ms");
      }
    }
  }

  private static void checkDepth(double depthDb) {
    if (!(depthDb >= 0 && depthDb <= 60)) {
      throw new IllegalArgumentException("depth must be in 0..60 dB: " + depthDb);
    }
  }

  private final int channels;
  private final double floor;
  private final int sampleRate;

  // Grid form.
  private final Grid grid;
  private final double periodFrames;
  private final double offsetFrames;
  private final double attack;
  private final double release;
  private long frame;

  // Keyed form.
  private final double threshold;
  private final double attackCoefficient;
  private final double releaseCoefficient;
  private double envelope;

  private Ducker(Grid grid, Keyed keyed, int sampleRate, int channels) {
    if (channels < 1 || sampleRate < 1) {
      throw new IllegalArgumentException("sample rate and channels must be positive");
    }
    this.channels = channels;
    this.sampleRate = sampleRate;
    this.grid = grid;
    double depthDb = grid != null ? grid.depthDb() : keyed.depthDb();
    this.floor = Levels.gain(-depthDb);
    if (grid != null) {
      this.periodFrames = grid.everyBeats() * 60.0 / grid.bpm() * sampleRate;
      this.offsetFrames = grid.offsetMs() * sampleRate / 1000;
      this.attack = grid.attackBeats();
      this.release = grid.releaseBeats();
      this.threshold = 0;
      this.attackCoefficient = 0;
      this.releaseCoefficient = 0;
    } else {
      this.periodFrames = 0;
      this.offsetFrames = 0;
      this.attack = 0;
      this.release = 0;
      this.threshold = Levels.gain(keyed.thresholdDb());
      this.attackCoefficient = Compressor.coefficient(keyed.attackMs(), sampleRate);
      this.releaseCoefficient = Compressor.coefficient(keyed.releaseMs(), sampleRate);
    }
  }

  /** Ducks on a beat grid; {@link #process(AudioBlock)} applies it. */
  public static Ducker onGrid(Grid grid, int sampleRate, int channels) {
    return new Ducker(grid, null, sampleRate, channels);
  }

  /** Ducks following a key; {@link #process(AudioBlock, AudioBlock)} applies it. */
  public static Ducker keyed(Keyed keyed, int sampleRate, int channels) {
    return new Ducker(null, keyed, sampleRate, channels);
  }

  public int sampleRate() {
    return sampleRate;
  }

  /** The grid shape at phase u (in dip periods, 0 <= u < 1): 0 no dip, 1 the full depth. */
  double shape(double u) {
    if (u < attack) {
      return 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * u / attack);
    }
    double v = u - attack;
    if (v < release) {
      return 0.5 + 0.5 * StrictMath.cos(StrictMath.PI * v / release);
    }
    return 0;
  }

  @Override
  public void process(AudioBlock block) {
    if (grid == null) {
      throw new IllegalStateException("a keyed ducker needs its key: process(block, key)");
    }
    checkChannels(block);
    int n = block.frames();
    for (int i = 0; i < n; i++) {
      double t = (frame + i) - offsetFrames;
      double s = 0;
      if (t >= 0) {
        double beats = t / periodFrames;
        s = shape(beats - StrictMath.floor(beats));
      }
      apply(block, i, s);
    }
    frame += n;
  }

  /** Ducks {@code block} by the level of {@code key}, which must have at least as many frames. */
  public void process(AudioBlock block, AudioBlock key) {
    if (grid != null) {
      throw new IllegalStateException("a grid ducker takes no key");
    }
    checkChannels(block);
    if (key.frames() < block.frames()) {
      throw new IllegalArgumentException("key block is shorter than the signal block");
    }
    int n = block.frames();
    for (int i = 0; i < n; i++) {
      double peak = 0;
      for (int c = 0; c < key.channels(); c++) {
        peak = Math.max(peak, Math.abs(key.channel(c)[i]));
      }
      double coefficient = peak > envelope ? attackCoefficient : releaseCoefficient;
      envelope = peak + coefficient * (envelope - peak);
      apply(block, i, Math.min(1, envelope / threshold));
    }
  }

  private void apply(AudioBlock block, int i, double s) {
    if (s == 0) {
      return;
    }
    double gain = 1 - (1 - floor) * s;
    for (int c = 0; c < channels; c++) {
      float[] x = block.channel(c);
      x[i] = (float) (x[i] * gain);
    }
  }

  private void checkChannels(AudioBlock block) {
    if (block.channels() != channels) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, ducker " + channels);
    }
  }

  @Override
  public void reset() {
    frame = 0;
    envelope = 0;
  }
}
