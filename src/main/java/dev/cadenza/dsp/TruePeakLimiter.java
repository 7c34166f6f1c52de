package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;
import java.util.Arrays;
import java.util.List;

/**
 * A lookahead limiter that keeps the true peak at or below a ceiling, as BS.1770-5 Annex 2 meters
 * measure it (the signal oversampled by {@link PolyphaseInterpolator#forTruePeak}, as our meter
 * does) and as meters built on general resamplers measure it (ffmpeg's ebur128 oversamples to 192
 * kHz with a pass band nearer Nyquist): the detector reads both the true-peak design and {@link
 * PolyphaseInterpolator#sharp}, and keeps the larger value. The true-peak design alone let ffmpeg
 * read up to 0.48 dB over the ceiling on broadband material (noise, hi-hats, clipped drums); with
 * both the largest overshoot seen is 0.06 dB above the aim point, inside the mastering margin
 * ({@code LimiterFfmpegIT}). Gain is linked over channels.
 *
 * <p>For each interval between samples k and k+1 the detector finds the largest magnitude of the
 * samples and of the interpolated values between them, q[k], and the gain that interval needs, r[k]
 * = 1 when q[k] is within the ceiling and {@code target / q[k]} otherwise, where the target sits
 * {@code marginDb} below the ceiling. The gain applied to sample n is
 *
 * <pre>
 *   h[m] = min r[m - A + 1 - H .. m + H]       (a minimum over A + 2H intervals)
 *   h'[m] = min(h[m], release-smoothed h')    (recovery towards 1 with the release time)
 *   g[n] = mean h'[n .. n + A - 1]            (A = lookahead frames)
 * </pre>
 *
 * with H half the longest interpolator's length. Every h'[m] averaged into g[n] covers all
 * intervals within H samples of n, so g[n] is no larger than the gain any interpolated point near n
 * needs, and the moving average turns each step of h' into a ramp of A samples. When no interval
 * exceeds the ceiling every gain is exactly 1 and the output is the input, delayed by {@link
 * #latencyFrames()}.
 */
public final class TruePeakLimiter implements Processor {

  private static final int CHUNK = 16;

  /**
   * Margin, relative to the largest sample magnitude times the worst-case gain, between an
   * interval's bound and the ceiling: five times the float error of the measurement (at most two
   * parts per million of that product) and far below anything audible (about 3e-4 dB at the
   * ceiling).
   */
  private static final double BOUND_SLACK = 1e-5;

  /**
   * @param ceilingDbtp the largest true peak allowed, dBTP
   * @param lookaheadMs the gain ramp length (attack); also the minimum hold
   * @param releaseMs the time constant of the gain's recovery
   * @param marginDb how far below the ceiling limited peaks are aimed, absorbing the small error
   *     that a gain changing within the interpolator's span introduces and the remaining
   *     disagreement between meters
   */
  public record Settings(
      double ceilingDbtp, double lookaheadMs, double releaseMs, double marginDb) {

    /** The default margin under the ceiling, dB. */
    public static final double MARGIN_DB = 0.1;

    public Settings {
      if (!(ceilingDbtp >= -60 && ceilingDbtp <= 6)) {
        throw new IllegalArgumentException("ceiling must be in -60..6 dBTP: " + ceilingDbtp);
      }
      if (!(lookaheadMs >= 0.1 && lookaheadMs <= 50)) {
        throw new IllegalArgumentException("lookahead must be in 0.1..50 ms: " + lookaheadMs);
      }
      if (!(releaseMs >= 1 && releaseMs <= 5000)) {
        throw new IllegalArgumentException("release must be in 1..5000 ms: " + releaseMs);
      }
      if (!(marginDb >= 0 && marginDb <= 3)) {
        throw new IllegalArgumentException("margin must be in 0..3 dB: " + marginDb);
      }
    }

    /**
     * A mastering limiter: 3 ms lookahead, 80 ms release, aimed 0.1 dB under the ceiling (ffmpeg
     * reads limited broadband material up to 0.06 dB above the aim point).
     */
    public static Settings mastering(double ceilingDbtp) {
      return new Settings(ceilingDbtp, 3, 80, MARGIN_DB);
    }
  }

  private final Settings settings;
  private final boolean shortcuts;
  private final int channels;
  private final InterSamplePeak[] detectors;
  private final int[] offsets;
  private final double worstGain;

  /** Per detector: a chunk whose samples stay at or under this cannot read over the ceiling. */
  private final double[] quiet;

  private final int taps;
  private final int half;
  private final int lookahead;
  private final int latency;
  private final double ceiling;
  private final double target;
  private final double releaseStep;

  /** Per channel: the last T-1 input samples, then room for one block (the detector's view). */
  private float[][] work;

  /** The largest magnitude per interval of the current block, over channels. */
  private float[] peaks;

  /** Running sums of sample magnitudes over the window of the current chunk. */
  private final double[] magnitudes;

  /** Per channel, a ring of the last {@code size} input samples for the output delay. */
  private final float[][] delay;

  private final int size;
  private int write;

  /** Monotonic deque of (interval index, r) for the sliding minimum over A + 2H intervals. */
  private final long[] dequeIndex;

  private final double[] dequeValue;
  private int dequeHead;
  private int dequeCount;
  private final int window;

  /** The last A values of h', their sum, and how many of them are below 1. */
  private final double[] recent;

  private int recentPos;
  private double recentSum;
  private int recentBelowOne;
  private double smoothed = 1;

  private long interval;
  private double minGain = 1;

  public TruePeakLimiter(Settings settings, int sampleRate, int channels) {
    this(
        settings,
        sampleRate,
        channels,
        List.of(PolyphaseInterpolator.forTruePeak(sampleRate), PolyphaseInterpolator.sharp()));
  }

  /**
   * A limiter whose detector reads, per interval, the largest value any of {@code interpolators}
   * finds: the output stays under the ceiling as each of them measures it.
   */
  TruePeakLimiter(
      Settings settings, int sampleRate, int channels, List<PolyphaseInterpolator> interpolators) {
    this(settings, sampleRate, channels, interpolators, true);
  }

  /**
   * With {@code shortcuts} false every interval of every chunk over the quiet level is measured and
   * every frame runs the full gain computation: the plain algorithm, which the shortcuts (bounds
   * that skip measurements, runs of unity gain) must reproduce bit for bit.
   */
  TruePeakLimiter(
      Settings settings,
      int sampleRate,
      int channels,
      List<PolyphaseInterpolator> interpolators,
      boolean shortcuts) {
    this.shortcuts = shortcuts;
    if (channels < 1 || sampleRate < 1) {
      throw new IllegalArgumentException("sample rate and channels must be positive");
    }
    this.settings = settings;
    this.channels = channels;
    this.detectors = new InterSamplePeak[interpolators.size()];
    this.offsets = new int[detectors.length];
    int longest = 0;
    double worst = 1;
    for (int d = 0; d < detectors.length; d++) {
      detectors[d] = new InterSamplePeak(interpolators.get(d));
      longest = Math.max(longest, detectors[d].taps());
      worst = Math.max(worst, detectors[d].worstGain());
    }
    for (int d = 0; d < detectors.length; d++) {
      offsets[d] = (longest - detectors[d].taps()) / 2;
    }
    this.worstGain = worst;
    this.quiet = new double[detectors.length];
    this.taps = longest;
    this.half = taps / 2;
    this.lookahead = Math.max(1, (int) Math.round(settings.lookaheadMs() * sampleRate / 1000));
    this.latency = 2 * half + lookahead - 1;
    this.ceiling = Levels.gain(settings.ceilingDbtp());
    for (int d = 0; d < detectors.length; d++) {
      quiet[d] = ceiling / detectors[d].worstGain();
    }
    this.target = Levels.gain(settings.ceilingDbtp() - settings.marginDb());
    this.releaseStep = 1 - Compressor.coefficient(settings.releaseMs(), sampleRate);
    this.size = Integer.highestOneBit(latency + 1) * 2;
    this.delay = new float[channels][size];
    this.work = new float[channels][taps - 1 + 4096];
    this.peaks = new float[4096];
    this.magnitudes = new double[CHUNK + taps];
    this.window = lookahead + 2 * half;
    this.dequeIndex = new long[window + 1];
    this.dequeValue = new double[window + 1];
    this.recent = new double[lookahead];
    reset();
  }

  public Settings settings() {
    return settings;
  }

  /** The largest gain reduction applied so far, in dB (positive). */
  public double maxReductionDb() {
    return minGain == 1 ? 0 : -Levels.db(minGain);
  }

  @Override
  public int latencyFrames() {
    return latency;
  }

  @Override
  public void reset() {
    for (float[] d : delay) {
      Arrays.fill(d, 0f);
    }
    for (float[] w : work) {
      Arrays.fill(w, 0f);
    }
    write = 0;
    dequeHead = 0;
    dequeCount = 0;
    Arrays.fill(recent, 1);
    recentPos = 0;
    recentSum = lookahead;
    recentBelowOne = 0;
    smoothed = 1;
    interval = -half;
    minGain = 1;
  }

  @Override
  public void process(AudioBlock block) {
    if (block.channels() != channels) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, limiter " + channels);
    }
    int n = block.frames();
    if (n == 0) {
      return;
    }
    detect(block, n);
    int mask = size - 1;
    for (int i = 0; i < n; i++) {
      if (shortcuts && peaks[i] <= ceiling && idle()) {
        i = passThrough(block, i, n) - 1;
        continue;
      }
      double q = peaks[i];
      double r = q <= ceiling ? 1 : target / q;
      pushMinimum(interval, r);
      double h = windowMinimum(interval);
      // h' recovers towards h with the release time but never exceeds it.
      smoothed = h < smoothed ? h : smoothed + releaseStep * (h - smoothed);
      if (smoothed > 1 - 1e-12) {
        smoothed = 1;
      }
      double leaving = recent[recentPos];
      if (leaving < 1) {
        recentBelowOne--;
      }
      if (smoothed < 1) {
        recentBelowOne++;
      }
      recent[recentPos] = smoothed;
      recentPos = recentPos + 1 == lookahead ? 0 : recentPos + 1;
      recentSum += smoothed - leaving;
      double gain;
      if (recentBelowOne == 0) {
        recentSum = lookahead;
        gain = 1;
      } else {
        gain = Math.min(1, recentSum / lookahead);
        minGain = Math.min(minGain, gain);
      }
      int out = (write - latency) & mask;
      for (int c = 0; c < channels; c++) {
        float[] d = delay[c];
        float[] x = block.channel(c);
        d[write] = x[i];
        float delayed = d[out];
        x[i] = gain == 1 ? delayed : (float) (delayed * gain);
      }
      write = (write + 1) & mask;
      interval++;
    }
  }

  /**
   * Whether the gain is 1 and nothing in the window or the ramp asks for less: every h' averaged is
   * 1 and every r in the window is 1 (the deque's smallest value is 1, so all of them are).
   */
  private boolean idle() {
    return smoothed == 1 && recentBelowOne == 0 && (dequeCount == 0 || dequeValue[dequeHead] == 1);
  }

  /**
   * From an {@link #idle} state, the frames from {@code from} while their intervals need no gain
   * reduction pass through the delay unchanged; returns where that run ends. The state after the
   * run is exactly what the frame-by-frame loop leaves: a deque holding only the newest interval
   * with r = 1, h' = 1, the ramp all ones.
   */
  private int passThrough(AudioBlock block, int from, int n) {
    int end = from + 1;
    while (end < n && peaks[end] <= ceiling) {
      end++;
    }
    int mask = size - 1;
    for (int c = 0; c < channels; c++) {
      float[] d = delay[c];
      float[] x = block.channel(c);
      int w = write;
      for (int i = from; i < end; i++) {
        d[w] = x[i];
        x[i] = d[(w - latency) & mask];
        w = (w + 1) & mask;
      }
    }
    int length = end - from;
    write = (write + length) & mask;
    interval += length;
    dequeCount = 1;
    dequeIndex[dequeHead] = interval - 1;
    dequeValue[dequeHead] = 1;
    recentPos = (int) ((recentPos + (long) length) % lookahead);
    recentSum = lookahead;
    return end;
  }

  /**
   * Fills {@code peaks[i]} with the largest magnitude, over channels, of the interval whose window
   * ends at frame i of the block. A chunk of intervals whose samples, times an interpolator's
   * worst-case gain, stay within the ceiling needs no interpolation by that interpolator: its gain
   * is 1 whatever the exact peak. Chunks are short (16 intervals), so the bound follows the
   * signal's envelope closely enough to spare most of the work below the ceiling.
   */
  private void detect(AudioBlock block, int n) {
    if (work[0].length < taps - 1 + n) {
      float[][] grown = new float[channels][taps - 1 + n];
      for (int c = 0; c < channels; c++) {
        System.arraycopy(work[c], 0, grown[c], 0, taps - 1);
      }
      work = grown;
      peaks = new float[n];
    }
    Arrays.fill(peaks, 0, n, 0f);
    double quietest = ceiling / worstGain;
    for (int c = 0; c < channels; c++) {
      float[] w = work[c];
      System.arraycopy(block.channel(c), 0, w, taps - 1, n);
      for (int start = 0; start < n; start += CHUNK) {
        int end = Math.min(n, start + CHUNK);
        float max = 0;
        for (int k = start, last = end + taps - 1; k < last; k++) {
          max = Math.max(max, Math.abs(w[k]));
        }
        if (max <= quietest) {
          continue;
        }
        for (int i = start; i < end; i++) {
          peaks[i] = Math.max(peaks[i], Math.max(Math.abs(w[i + half - 1]), Math.abs(w[i + half])));
        }
        boolean summed = false;
        // Above this bound an interval is measured; at or below it, even the float arithmetic of
        // the measurement cannot read over the ceiling (see InterSamplePeak.bound), so r = 1 and
        // the gains are those the measurement would give.
        double limit = ceiling - BOUND_SLACK * max * worstGain;
        for (int d = 0; d < detectors.length; d++) {
          if (max <= quiet[d]) {
            continue;
          }
          if (!summed) {
            double sum = 0;
            magnitudes[0] = 0;
            for (int k = start, last = end + taps - 1; k < last; k++) {
              sum += Math.abs(w[k]);
              magnitudes[k - start + 1] = sum;
            }
            summed = true;
          }
          InterSamplePeak detector = detectors[d];
          int offset = offsets[d];
          for (int i = start; i < end; i++) {
            if (shortcuts && detector.bound(w, i + offset, magnitudes, start) <= limit) {
              continue;
            }
            peaks[i] = Math.max(peaks[i], (float) detector.between(w, i + offset));
          }
        }
      }
      System.arraycopy(w, n, w, 0, taps - 1);
    }
  }

  private void pushMinimum(long index, double value) {
    int cap = dequeIndex.length;
    while (dequeCount > 0) {
      int last = (dequeHead + dequeCount - 1) % cap;
      if (dequeValue[last] >= value) {
        dequeCount--;
      } else {
        break;
      }
    }
    int slot = (dequeHead + dequeCount) % cap;
    dequeIndex[slot] = index;
    dequeValue[slot] = value;
    dequeCount++;
  }

  /** The minimum of r over the last {@code window} intervals ending at {@code newest}. */
  private double windowMinimum(long newest) {
    int cap = dequeIndex.length;
    while (dequeIndex[dequeHead] <= newest - window) {
      dequeHead = (dequeHead + 1) % cap;
      dequeCount--;
    }
    return dequeValue[dequeHead];
  }
}
