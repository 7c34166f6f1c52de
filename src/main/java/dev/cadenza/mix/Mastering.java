package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ReadAhead;
import dev.cadenza.audio.Spool;
import dev.cadenza.dsp.Chain;
import dev.cadenza.dsp.ProcessedSource;
import dev.cadenza.dsp.Processor;
import dev.cadenza.dsp.TruePeakLimiter;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Contract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mastering to a loudness target: measure the input, run the chain (normalise to a reference level,
 * the chain's stages — the presets have a rumble filter and glue compression — makeup gain,
 * true-peak limiter), measure the output, adjust the makeup gain and repeat until the output's
 * integrated loudness is within tolerance of the target. The input is read once per pass from a
 * {@link Reopenable}, never held in memory.
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

  private static final String LIMITER = "limiter";

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
      return of(target, 8);
    }

    /** How close the master's integrated loudness comes to the target (mix's help quotes it). */
    public static final double DEFAULT_TOLERANCE_LU = 0.05;

    /** At most {@code maxLimitingLu} of limiting, aiming within 0.05 LU in at most 12 passes. */
    public static Settings of(Target target, double maxLimitingLu) {
      return new Settings(target, maxLimitingLu, DEFAULT_TOLERANCE_LU, 12);
    }
  }

  /**
   * Finds the gains that master {@code input} to the target with the presets' chain; without a
   * loudness target nothing is done.
   */
  public static MasteringPlan plan(Reopenable input, Settings settings) throws IOException {
    List<ChainSpec.Stage> stages =
        settings.target().lufs() == null ? List.of() : Presets.chain("streaming").processors();
    return plan(input, stages, settings);
  }

  /**
   * Finds the gains that master {@code input} to the target through {@code stages} (see {@link
   * ChainSpec} for where the gains go). Without a loudness target the stages run as written.
   */
  public static MasteringPlan plan(
      Reopenable input, List<ChainSpec.Stage> stages, Settings settings) throws IOException {
    return search(input, stages, settings, false).plan();
  }

  /**
   * Plans like {@link #plan(Reopenable, List, Settings)} and keeps the output of the pass the plan
   * settles on (in a temporary float file), so the master is not computed a second time: {@link
   * Mastered#open} reads it back, exactly as {@link #render} would produce it.
   */
  public static Mastered master(Reopenable input, List<ChainSpec.Stage> stages, Settings settings)
      throws IOException {
    return search(input, stages, settings, true);
  }

  /** The gains, and the master they give when it was kept. Closing it deletes the kept copy. */
  public static final class Mastered implements AutoCloseable {
    private final MasteringPlan plan;
    private final Spool output;

    private Mastered(MasteringPlan plan, Spool output) {
      this.plan = plan;
      this.output = output;
    }

    /** A plan whose output was not kept: {@link #open} renders it. */
    public static Mastered of(MasteringPlan plan) {
      return new Mastered(plan, null);
    }

    public MasteringPlan plan() {
      return plan;
    }

    /** The master from its start: the kept output, or {@code input} rendered by the plan. */
    public AudioSource open(Reopenable input) throws IOException {
      return output != null ? output.open() : render(input.open(), plan);
    }

    @Override
    public void close() throws IOException {
      if (output != null) {
        output.close();
      }
    }
  }

  private static Mastered search(
      Reopenable input, List<ChainSpec.Stage> stages, Settings settings, boolean keep)
      throws IOException {
    Target target = settings.target();
    Double in = integratedLufs(input);
    if (target.lufs() == null) {
      double asIs = in == null ? Double.NaN : in;
      return new Mastered(
          new MasteringPlan(target, asIs, 0, 0, asIs, 0, true, null, 1, new ChainSpec(stages)),
          null);
    }
    if (in == null) {
      throw new BadInputException(
          null,
          "no integrated loudness (silent, or shorter than 0.4 s)",
          "mastering to a loudness target needs audible material");
    }
    return new Search(input, stages, settings, keep, in).find();
  }

  /** The integrated loudness of all of {@code input}, or null when it has none. */
  private static Double integratedLufs(Reopenable input) throws IOException {
    try (AudioSource source = input.open()) {
      LoudnessMeter meter = new LoudnessMeter(source.format(), false);
      AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
      while (source.read(block) > 0) {
        meter.accept(block);
      }
      return meter.integratedLufs();
    }
  }

  private static BadInputException noProcessedLoudness() {
    return new BadInputException(
        null, "the processed signal has no integrated loudness", "check the input level");
  }

  /**
   * The search for the makeup gain of one input: full passes, each aimed by the ones before, until
   * one lands on the target, lands on the limiting budget, or the passes run out.
   */
  private static final class Search {
    private final Reopenable input;
    private final List<ChainSpec.Stage> stages;
    private final Settings settings;
    private final boolean keep;
    private final Target target;
    private final double inputLufs;
    private final double preGain;
    private final double goal;
    private final List<double[]> loudnessPoints = new ArrayList<>();
    private final List<double[]> limitingPoints = new ArrayList<>();
    private double makeup;
    private Double preLimiterAtZero;
    private LimiterInput limiterInput;

    Search(
        Reopenable input,
        List<ChainSpec.Stage> stages,
        Settings settings,
        boolean keep,
        double inputLufs) {
      this.input = input;
      this.stages = stages;
      this.settings = settings;
      this.keep = keep;
      this.target = settings.target();
      this.inputLufs = inputLufs;
      this.preGain = REFERENCE_LUFS - inputLufs;
      this.goal = target.lufs();
      this.makeup = goal - REFERENCE_LUFS;
    }

    Mastered find() throws IOException {
      int first = measureLimiterInput();
      Pass last = null;
      double lastMakeup = makeup;
      ChainSpec lastChain = null;
      try {
        for (int passes = first; passes <= settings.maxPasses(); passes++) {
          ChainSpec chain = effective(stages, preGain, makeup, target);
          Pass pass = pass(chain);
          if (last != null) {
            last.close();
          }
          last = pass;
          if (preLimiterAtZero == null) {
            preLimiterAtZero =
                pass.preLimiterLufs() == null ? null : pass.preLimiterLufs() - makeup;
          }
          lastMakeup = makeup;
          lastChain = chain;
          Mastered done = judge(pass, chain, passes);
          if (done != null) {
            return done;
          }
        }
        Pass settled = last;
        last = null;
        return unsettled(settled, lastMakeup, lastChain);
      } catch (IOException | RuntimeException e) {
        if (last != null) {
          last.close();
        }
        throw e;
      } finally {
        if (limiterInput != null) {
          limiterInput.close();
        }
      }
    }

    /**
     * The signal entering the limiter is the same for every makeup gain but for that gain, so its
     * loudness is measured once: by a pass that stops at the limiter when the budget of passes
     * allows (then the first full pass lands at once unless the limiter takes loudness away), or
     * else by the first full pass. That pass also keeps the signal, so the full passes start from
     * it instead of running the stages before the limiter again. Returns the number of the first
     * full pass.
     */
    private int measureLimiterInput() throws IOException {
      if (settings.maxPasses() <= 2) {
        return 2;
      }
      limiterInput = beforeLimiter(input, effective(stages, preGain, 0, target));
      preLimiterAtZero = limiterInput.lufs();
      if (preLimiterAtZero == null) {
        limiterInput.close();
        throw noProcessedLoudness();
      }
      makeup = goal - preLimiterAtZero;
      return 3;
    }

    /** One full pass of {@code chain}: from the kept limiter input when there is one. */
    private Pass pass(ChainSpec chain) throws IOException {
      return limiterInput != null && limiterInput.kept() != null
          ? runFrom(limiterInput, chain, keep)
          : run(input, chain, preLimiterAtZero == null, keep);
    }

    /**
     * The master when {@code pass} lands on the target, or on the limiting budget when the target
     * is out of its reach; otherwise null, with the makeup gain aimed again.
     */
    private Mastered judge(Pass pass, ChainSpec chain, int passes) {
      if (pass.outputLufs() == null || preLimiterAtZero == null) {
        throw noProcessedLoudness();
      }
      double out = pass.outputLufs();
      double limiting = Math.max(0, preLimiterAtZero + makeup - out);
      boolean overLimit = limiting > settings.maxLimitingLu() + settings.toleranceLu();
      if (!overLimit && Math.abs(out - goal) <= settings.toleranceLu()) {
        return pass.keep(
            new MasteringPlan(
                target, inputLufs, preGain, makeup, out, limiting, true, null, passes, chain));
      }
      if (overLimit && out < goal + settings.toleranceLu()
          || !limitingPoints.isEmpty() && out < goal) {
        // The target is out of reach within the limiting budget: aim at the budget instead.
        if (Math.abs(limiting - settings.maxLimitingLu()) <= settings.toleranceLu()) {
          String problem =
              String.format(
                  "reaching %.1f LUFS needs more than %.1f LU of limiting; stopped at %.2f LUFS",
                  goal, settings.maxLimitingLu(), out);
          return pass.keep(
              new MasteringPlan(
                  target, inputLufs, preGain, makeup, out, limiting, false, problem, passes,
                  chain));
        }
        limitingPoints.add(new double[] {makeup, limiting});
        makeup = next(limitingPoints, settings.maxLimitingLu(), 0.5);
      } else {
        loudnessPoints.add(new double[] {makeup, out});
        makeup = next(loudnessPoints, goal, 1);
      }
      return null;
    }

    /** The last pass, when none landed within the passes allowed. */
    private Mastered unsettled(Pass settled, double lastMakeup, ChainSpec lastChain) {
      return settled.keep(
          new MasteringPlan(
              target,
              inputLufs,
              preGain,
              lastMakeup,
              settled.outputLufs(),
              Math.max(0, preLimiterAtZero + lastMakeup - settled.outputLufs()),
              false,
              String.format(
                  "did not settle within %d passes (last %.2f LUFS)",
                  settings.maxPasses(), settled.outputLufs()),
              settings.maxPasses(),
              lastChain));
    }
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
    if (plan.chain().processors().isEmpty()) {
      return input;
    }
    AudioFormat format = input.format();
    return new ProcessedSource(
        input, ChainBuilder.build(plan.chain(), format.sampleRate(), format.channels(), null));
  }

  /**
   * The chain that runs: a gain to the reference level, the stages before the last limiter, the
   * makeup gain, then that limiter with the target's ceiling (a mastering limiter when the stages
   * have none) and any stages after it. Every number is explicit, so printing this chain and
   * running it again reproduces the output bit for bit.
   */
  static ChainSpec effective(
      List<ChainSpec.Stage> stages, double preGainDb, double makeupDb, Target target) {
    int limiter = lastLimiter(stages);
    List<ChainSpec.Stage> out = new ArrayList<>();
    out.add(gain(preGainDb));
    out.addAll(stages.subList(0, limiter < 0 ? stages.size() : limiter));
    out.add(gain(makeupDb));
    TruePeakLimiter.Settings fallback = TruePeakLimiter.Settings.mastering(target.truePeakDbtp());
    Map<String, Double> params = new TreeMap<>();
    params.put("lookaheadMs", fallback.lookaheadMs());
    params.put("releaseMs", fallback.releaseMs());
    params.put("marginDb", fallback.marginDb());
    if (limiter >= 0) {
      params.putAll(stages.get(limiter).params());
    }
    params.put("ceilingDbtp", target.truePeakDbtp());
    out.add(ChainSpec.Stage.of(LIMITER, params));
    if (limiter >= 0) {
      out.addAll(stages.subList(limiter + 1, stages.size()));
    }
    return new ChainSpec(Contract.CHAIN.tag(), out, null, null);
  }

  private static ChainSpec.Stage gain(double db) {
    return ChainSpec.Stage.of("gain", Map.of("db", db));
  }

  /** One full pass: what it measured, and its output when kept. */
  private record Pass(Double outputLufs, Double preLimiterLufs, Spool output) {
    /** The plan with this pass's output; the output now belongs to the result. */
    Mastered keep(MasteringPlan plan) {
      return new Mastered(plan, output);
    }

    void close() throws IOException {
      if (output != null) {
        output.close();
      }
    }
  }

  /**
   * One run of the effective chain, measuring the output and, when {@code tapped}, the signal
   * entering the limiter (the effective chain's limiter stands right after the makeup gain); when
   * {@code keep}, the output is also copied to a temporary float file.
   */
  private static Pass run(Reopenable input, ChainSpec chain, boolean tapped, boolean keep)
      throws IOException {
    try (AudioSource source = input.open()) {
      AudioFormat format = source.format();
      int rate = format.sampleRate();
      int channels = format.channels();
      int limiter = lastLimiter(chain.processors());
      List<ChainSpec.Stage> stages = chain.processors();
      LoudnessMeter tapMeter = tapped ? new LoudnessMeter(format, false) : null;
      List<Processor> parts = new ArrayList<>();
      parts.add(
          ChainBuilder.build(new ChainSpec(stages.subList(0, limiter)), rate, channels, null));
      if (tapped) {
        parts.add(new LoudnessTap(tapMeter));
      }
      parts.add(
          ChainBuilder.build(
              new ChainSpec(stages.subList(limiter, stages.size())), rate, channels, null));
      LoudnessMeter meter = new LoudnessMeter(format, false);
      try (AudioSource processed = new ProcessedSource(source, new Chain(parts))) {
        return measure(processed, meter, tapMeter, keep);
      }
    }
  }

  /**
   * The signal entering the makeup gain before the last limiter: its integrated loudness, and, when
   * the stages before it have no latency, the signal itself with as many frames after the input's
   * end as the rest of the chain delays (the stages' response to the silence a full run feeds after
   * the input), so that running the rest of the chain on it gives exactly the output of the whole
   * chain.
   *
   * @param lufs integrated loudness of the input's length of the signal
   * @param kept the signal, or null
   * @param frames the input's length
   */
  private record LimiterInput(Double lufs, Spool kept, long frames) {
    void close() throws IOException {
      if (kept != null) {
        kept.close();
      }
    }
  }

  private static LimiterInput beforeLimiter(Reopenable input, ChainSpec chain) throws IOException {
    try (AudioSource source = input.open()) {
      AudioFormat format = source.format();
      int rate = format.sampleRate();
      int channels = format.channels();
      List<ChainSpec.Stage> stages = chain.processors();
      int makeup = lastLimiter(stages) - 1;
      Processor before =
          ChainBuilder.build(new ChainSpec(stages.subList(0, makeup)), rate, channels, null);
      LoudnessMeter meter = new LoudnessMeter(format, false);
      if (before.latencyFrames() != 0) {
        try (AudioSource processed = new ProcessedSource(source, before)) {
          readAll(new PassSources.Metered(processed, meter, -1));
        }
        return new LimiterInput(meter.integratedLufs(), null, -1);
      }
      int after =
          ChainBuilder.build(
                  new ChainSpec(stages.subList(makeup, stages.size())), rate, channels, null)
              .latencyFrames();
      PassSources.Metered counted = new PassSources.Metered(source, null, -1);
      long frames = source.frameCount();
      // The stages run a few blocks ahead of the meter and the copy, on the other core.
      Spool kept =
          Spool.of(
              new PassSources.Metered(
                  new ReadAhead(
                      new ProcessedSource(new PassSources.Padded(counted, after), before)),
                  meter,
                  frames));
      if (frames < 0 || counted.frames() != frames) {
        // The length was not known (or not as declared) before reading: measure again, exactly.
        frames = counted.frames();
        meter = new LoudnessMeter(format, false);
        try (AudioSource again = kept.open()) {
          readAll(new PassSources.Metered(again, meter, frames));
        }
      }
      return new LimiterInput(meter.integratedLufs(), kept, frames);
    }
  }

  /**
   * A full pass from the kept signal entering the makeup gain: the makeup gain, the limiter and
   * what follows run on it, and the input's length of the result is measured (and kept).
   */
  private static Pass runFrom(LimiterInput limiterInput, ChainSpec chain, boolean keep)
      throws IOException {
    List<ChainSpec.Stage> stages = chain.processors();
    int makeup = lastLimiter(stages) - 1;
    try (AudioSource source = limiterInput.kept().open()) {
      AudioFormat format = source.format();
      Processor rest =
          ChainBuilder.build(
              new ChainSpec(stages.subList(makeup, stages.size())),
              format.sampleRate(),
              format.channels(),
              null);
      LoudnessMeter meter = new LoudnessMeter(format, false);
      try (AudioSource processed =
          new PassSources.Truncated(new ProcessedSource(source, rest), limiterInput.frames())) {
        return measure(processed, meter, null, keep);
      }
    }
  }

  /** Reads {@code processed} to its end into {@code meter}, keeping a copy when {@code keep}. */
  private static Pass measure(
      AudioSource processed, LoudnessMeter meter, LoudnessMeter tapMeter, boolean keep)
      throws IOException {
    // The chain runs a few blocks ahead of the meter and the copy, on the other core.
    AudioSource metered = new PassSources.Metered(new ReadAhead(processed), meter, -1);
    Spool output = keep ? Spool.of(metered) : null;
    if (!keep) {
      try (metered) {
        readAll(metered);
      }
    }
    return new Pass(
        meter.integratedLufs(), tapMeter == null ? null : tapMeter.integratedLufs(), output);
  }

  private static void readAll(AudioSource source) throws IOException {
    AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
    while (source.read(block) > 0) {
      // whoever wraps the source hears the blocks
    }
  }

  /** Where the last limiter that is not bypassed stands, or -1. */
  private static int lastLimiter(List<ChainSpec.Stage> stages) {
    for (int i = stages.size() - 1; i >= 0; i--) {
      if (LIMITER.equals(stages.get(i).type()) && !stages.get(i).bypass()) {
        return i;
      }
    }
    return -1;
  }
}
