package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.dsp.Chain;
import dev.cadenza.dsp.Compressor;
import dev.cadenza.dsp.Equalizer;
import dev.cadenza.dsp.Gain;
import dev.cadenza.dsp.ProcessedSource;
import dev.cadenza.dsp.Processor;
import dev.cadenza.dsp.Rbj;
import dev.cadenza.dsp.TruePeakLimiter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Mastering to a loudness target: measure the input, run the chain (normalise to a reference level,
 * rumble filter, glue compression, makeup gain, true-peak limiter), measure the output, adjust the
 * makeup gain and repeat until the output's integrated loudness is within tolerance of the target.
 * The input is read once per pass from a {@link Reopenable}, never held in memory.
 *
 * <p>When the target needs more than {@link Settings#maxLimitingLu} of limiting (pre-limiter minus
 * output loudness), the loop settles on the makeup gain that uses exactly that much instead, and
 * the plan says the target was not reached: loud targets are not met by crushing quietly.
 */
public final class Mastering {
  private Mastering() {}

  /**
   * The level the input is normalised to before the glue compressor, so its threshold means the
   * same for any input.
   */
  static final double REFERENCE_LUFS = -18;

  /**
   * Steps of the makeup gain are clamped to this size, so a wild slope estimate cannot overshoot.
   */
  private static final double MAX_STEP_DB = 24;

  private static final int BLOCK_FRAMES = 4096;

  /**
   * @param target loudness and ceiling
   * @param maxLimitingLu the most loudness the limiter may take away
   * @param toleranceLu how close the output must land (the loop aims well inside the ±0.1 LU the
   *     presets promise, so quantising the output to a file cannot push it out)
   * @param maxPasses the most times the input is read
   */
  public record Settings(Target target, double maxLimitingLu, double toleranceLu, int maxPasses) {
    public Settings {
      if (!(maxLimitingLu >= 0 && maxLimitingLu <= 30)) {
        throw new IllegalArgumentException("max limiting must be in 0..30 LU: " + maxLimitingLu);
      }
      if (!(toleranceLu > 0 && toleranceLu <= 1)) {
        throw new IllegalArgumentException("tolerance must be in (0, 1] LU: " + toleranceLu);
      }
      if (maxPasses < 2 || maxPasses > 50) {
        throw new IllegalArgumentException("passes must be in 2..50: " + maxPasses);
      }
    }

    /** Defaults: at most 8 LU of limiting, aim within 0.05 LU, at most 12 passes. */
    public static Settings of(Target target) {
      return new Settings(target, 8, 0.05, 12);
    }
  }

  /** Finds the gains that master {@code input} to the target. */
  public static MasteringPlan plan(Reopenable input, Settings settings) throws IOException {
    Target target = settings.target();
    Double in;
    try (AudioSource source = input.open()) {
      LoudnessMeter meter = new LoudnessMeter(source.format(), false);
      AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
      while (source.read(block) > 0) {
        meter.accept(block);
      }
      in = meter.integratedLufs();
    }
    if (in == null) {
      throw new BadInputException(
          null,
          "no integrated loudness (silent, or shorter than 0.4 s)",
          "mastering to a loudness target needs audible material");
    }
    double inputLufs = in;
    if (target.lufs() == null) {
      return new MasteringPlan(target, inputLufs, 0, 0, inputLufs, 0, true, null, 1);
    }
    double preGain = REFERENCE_LUFS - inputLufs;
    double goal = target.lufs();
    List<double[]> loudnessPoints = new ArrayList<>();
    List<double[]> limitingPoints = new ArrayList<>();
    double makeup = goal - REFERENCE_LUFS;
    Pass last = null;
    double lastMakeup = makeup;
    // The signal entering the limiter is the first pass's times the change in makeup gain, so its
    // loudness is measured once.
    Double preLimiterAtZero = null;
    for (int passes = 2; passes <= settings.maxPasses(); passes++) {
      Pass pass = run(input, preGain, makeup, target.truePeakDbtp(), preLimiterAtZero == null);
      if (preLimiterAtZero == null) {
        preLimiterAtZero = pass.preLimiterLufs() == null ? null : pass.preLimiterLufs() - makeup;
      }
      last = pass;
      lastMakeup = makeup;
      if (pass.outputLufs() == null || preLimiterAtZero == null) {
        throw new BadInputException(
            null, "the processed signal has no integrated loudness", "check the input level");
      }
      double out = pass.outputLufs();
      double limiting = Math.max(0, preLimiterAtZero + makeup - out);
      boolean overLimit = limiting > settings.maxLimitingLu() + settings.toleranceLu();
      if (!overLimit && Math.abs(out - goal) <= settings.toleranceLu()) {
        return new MasteringPlan(
            target, inputLufs, preGain, makeup, out, limiting, true, null, passes);
      }
      if (overLimit && out < goal + settings.toleranceLu()
          || !limitingPoints.isEmpty() && out < goal) {
        // The target is out of reach within the limiting budget: aim at the budget instead.
        if (Math.abs(limiting - settings.maxLimitingLu()) <= settings.toleranceLu()) {
          return notReached(target, inputLufs, preGain, makeup, out, limiting, settings, passes);
        }
        limitingPoints.add(new double[] {makeup, limiting});
        makeup = next(limitingPoints, settings.maxLimitingLu(), 0.5);
      } else {
        loudnessPoints.add(new double[] {makeup, out});
        makeup = next(loudnessPoints, goal, 1);
      }
    }
    return new MasteringPlan(
        target,
        inputLufs,
        preGain,
        lastMakeup,
        last.outputLufs(),
        Math.max(0, preLimiterAtZero + lastMakeup - last.outputLufs()),
        false,
        String.format(
            "did not settle within %d passes (last %.2f LUFS)",
            settings.maxPasses(), last.outputLufs()),
        settings.maxPasses());
  }

  private static MasteringPlan notReached(
      Target target,
      double inputLufs,
      double preGain,
      double makeup,
      double out,
      double limiting,
      Settings settings,
      int passes) {
    String problem =
        String.format(
            "reaching %.1f LUFS needs more than %.1f LU of limiting; stopped at %.2f LUFS",
            target.lufs(), settings.maxLimitingLu(), out);
    return new MasteringPlan(
        target, inputLufs, preGain, makeup, out, limiting, false, problem, passes);
  }

  /**
   * The next makeup gain by the secant through the last two points of (gain, value), or from the
   * one point with {@code slope}; the slope is kept positive because both loudness and limiting
   * grow with gain.
   */
  private static double next(List<double[]> points, double goal, double slope) {
    double[] b = points.get(points.size() - 1);
    if (points.size() >= 2) {
      double[] a = points.get(points.size() - 2);
      if (b[0] != a[0]) {
        slope = Math.max(0.02, Math.min(1.5, (b[1] - a[1]) / (b[0] - a[0])));
      }
    }
    double step = (goal - b[1]) / slope;
    return b[0] + Math.max(-MAX_STEP_DB, Math.min(MAX_STEP_DB, step));
  }

  /** {@code input} mastered as {@code plan} says. */
  public static AudioSource render(AudioSource input, MasteringPlan plan) {
    if (plan.target().lufs() == null) {
      return input;
    }
    return new ProcessedSource(
        input,
        chain(
            input.format(), plan.preGainDb(), plan.makeupDb(), plan.target().truePeakDbtp(), null));
  }

  /** The mastering chain; {@code tap}, when not null, measures the signal entering the limiter. */
  static Chain chain(
      AudioFormat format, double preGainDb, double makeupDb, double ceiling, Processor tap) {
    int rate = format.sampleRate();
    int channels = format.channels();
    List<Processor> stages = new ArrayList<>();
    stages.add(new Gain(preGainDb));
    // Rumble and DC below the audible range only cost limiter headroom.
    stages.add(new Equalizer(List.of(Rbj.highPass(20, 0.7071, rate)), channels));
    // Glue: 2:1 with a wide knee from a few dB under the reference level, slow enough to keep
    // transients; RMS detection so it follows the body of the mix, not single peaks.
    stages.add(
        new Compressor(
            new Compressor.Settings(-20, 2, 6, 30, 250, 0, Compressor.Detector.RMS, 50),
            rate,
            channels));
    stages.add(new Gain(makeupDb));
    if (tap != null) {
      stages.add(tap);
    }
    stages.add(new TruePeakLimiter(TruePeakLimiter.Settings.mastering(ceiling), rate, channels));
    return new Chain(stages);
  }

  private record Pass(Double outputLufs, Double preLimiterLufs) {}

  private static Pass run(
      Reopenable input, double preGain, double makeup, double ceiling, boolean tapped)
      throws IOException {
    try (AudioSource source = input.open()) {
      AudioFormat format = source.format();
      LoudnessMeter tapMeter = tapped ? new LoudnessMeter(format, false) : null;
      Chain chain =
          chain(format, preGain, makeup, ceiling, tapped ? new LoudnessTap(tapMeter) : null);
      LoudnessMeter meter = new LoudnessMeter(format, false);
      try (AudioSource processed = new ProcessedSource(source, chain)) {
        AudioBlock block = new AudioBlock(format.channels(), BLOCK_FRAMES);
        while (processed.read(block) > 0) {
          meter.accept(block);
        }
      }
      return new Pass(meter.integratedLufs(), tapped ? tapMeter.integratedLufs() : null);
    }
  }
}
