package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.dsp.Chain;
import dev.cadenza.dsp.Compressor;
import dev.cadenza.dsp.Delay;
import dev.cadenza.dsp.Ducker;
import dev.cadenza.dsp.Equalizer;
import dev.cadenza.dsp.Gain;
import dev.cadenza.dsp.MonoLow;
import dev.cadenza.dsp.Pan;
import dev.cadenza.dsp.Processor;
import dev.cadenza.dsp.Rbj;
import dev.cadenza.dsp.Reverb;
import dev.cadenza.dsp.Saturator;
import dev.cadenza.dsp.StereoSpread;
import dev.cadenza.dsp.StereoWidth;
import dev.cadenza.dsp.TruePeakLimiter;
import dev.cadenza.spec.ChainSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds processors from a {@link ChainSpec}, naming the stage and parameter of any bad value. */
public final class ChainBuilder {
  private ChainBuilder() {}

  /**
   * The tempo of a {@code duck} or beat-timed {@code delay} that names no {@code bpm} and hears no
   * track tempo (a mix of WAV files without a manifest); see {@link TempoSync}.
   */
  public static final double FALLBACK_BPM = 120;

  private static final Map<String, Set<String>> KNOWN =
      Map.ofEntries(
          Map.entry("gain", Set.of("db")),
          Map.entry("pan", Set.of("position")),
          Map.entry("width", Set.of("width")),
          Map.entry("spread", Set.of("delayMs", "amount")),
          Map.entry("monolow", Set.of("frequency")),
          Map.entry("highpass", Set.of("frequency", "q")),
          Map.entry("lowpass", Set.of("frequency", "q")),
          Map.entry("peaking", Set.of("frequency", "q", "gainDb")),
          Map.entry("lowshelf", Set.of("frequency", "q", "gainDb")),
          Map.entry("highshelf", Set.of("frequency", "q", "gainDb")),
          Map.entry(
              "compressor",
              Set.of(
                  "thresholdDb",
                  "ratio",
                  "kneeDb",
                  "attackMs",
                  "releaseMs",
                  "makeupDb",
                  "rms",
                  "rmsMs")),
          Map.entry("limiter", Set.of("ceilingDbtp", "lookaheadMs", "releaseMs", "marginDb")),
          Map.entry(
              "duck",
              Set.of("bpm", "offsetMs", "depthDb", "attackBeats", "releaseBeats", "everyBeats")),
          Map.entry("saturation", Set.of("driveDb", "mix", "outputDb", "oversample")),
          Map.entry(
              "delay",
              Set.of("beats", "bpm", "timeMs", "feedback", "mix", "lowpassHz", "pingPong")),
          Map.entry("reverb", Set.of("rt60Seconds", "hfRatio", "predelayMs", "mix")));

  /**
   * The largest level, gain or threshold in dB a chain or a manifest may give (a factor of a
   * million in amplitude). Past it a gain is a typing mistake, and far past it (1e6 dB) the audio
   * becomes infinite.
   */
  public static final double MAX_GAIN_DB = 120;

  /** Whether a parameter is a level in dB (gainDb, makeupDb, thresholdDb, ceilingDbtp, …). */
  private static boolean isLevel(String name) {
    return name.equals("db") || name.endsWith("Db") || name.endsWith("Dbtp");
  }

  /** The chain for {@code spec} at this rate and channel count; bypassed stages are left out. */
  public static Chain build(ChainSpec spec, int sampleRate, int channels, String file) {
    List<Processor> stages = new ArrayList<>();
    for (int i = 0; i < spec.processors().size(); i++) {
      ChainSpec.Stage stage = spec.processors().get(i);
      String where = "processors[" + i + "]";
      if (stage.type() == null || !KNOWN.containsKey(stage.type())) {
        throw new BadInputException(
            file,
            where + ".type: unknown processor '" + stage.type() + "'",
            "use one of " + String.join(", ", new java.util.TreeSet<>(KNOWN.keySet())));
      }
      for (String name : stage.params().keySet()) {
        if (!KNOWN.get(stage.type()).contains(name)) {
          throw new BadInputException(
              file,
              where + ".params." + name + ": not a parameter of " + stage.type(),
              "known: " + String.join(", ", new java.util.TreeSet<>(KNOWN.get(stage.type()))));
        }
        Double value = stage.params().get(name);
        if (value == null || !Double.isFinite(value)) {
          throw new BadInputException(
              file, where + ".params." + name + ": must be a finite number", null);
        }
        // Without a file the chain is the mastering passes' own, with the gains they computed.
        if (file != null && isLevel(name) && !(Math.abs(value) <= MAX_GAIN_DB)) {
          throw new BadInputException(
              file, where + ".params." + name + ": " + value + " dB is outside -120..120 dB", null);
        }
      }
      if (stage.bypass()) {
        continue;
      }
      try {
        stages.add(processor(stage, sampleRate, channels));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(
            file, where + " (" + stage.type() + "): " + e.getMessage(), null);
      }
    }
    return new Chain(stages);
  }

  private static Processor processor(ChainSpec.Stage stage, int rate, int channels) {
    Map<String, Double> p = stage.params();
    return switch (stage.type()) {
      case "gain" -> new Gain(p.getOrDefault("db", 0.0));
      case "pan" -> new Pan(p.getOrDefault("position", 0.0));
      case "width" -> new StereoWidth(p.getOrDefault("width", 1.0));
      case "spread" ->
          new StereoSpread(p.getOrDefault("delayMs", 12.0), p.getOrDefault("amount", 0.5), rate);
      case "monolow" -> new MonoLow(p.getOrDefault("frequency", 120.0), rate);
      case "highpass" ->
          eq(
              Rbj.highPass(p.getOrDefault("frequency", 30.0), p.getOrDefault("q", 0.7071), rate),
              channels);
      case "lowpass" ->
          eq(
              Rbj.lowPass(p.getOrDefault("frequency", 18_000.0), p.getOrDefault("q", 0.7071), rate),
              channels);
      case "peaking" ->
          eq(
              Rbj.peaking(
                  p.getOrDefault("frequency", 1000.0),
                  p.getOrDefault("q", 1.0),
                  p.getOrDefault("gainDb", 0.0),
                  rate),
              channels);
      case "lowshelf" ->
          eq(
              Rbj.lowShelf(
                  p.getOrDefault("frequency", 100.0),
                  p.getOrDefault("q", 0.7071),
                  p.getOrDefault("gainDb", 0.0),
                  rate),
              channels);
      case "highshelf" ->
          eq(
              Rbj.highShelf(
                  p.getOrDefault("frequency", 8000.0),
                  p.getOrDefault("q", 0.7071),
                  p.getOrDefault("gainDb", 0.0),
                  rate),
              channels);
      case "compressor" ->
          new Compressor(
              new Compressor.Settings(
                  p.getOrDefault("thresholdDb", -20.0),
                  p.getOrDefault("ratio", 2.0),
                  p.getOrDefault("kneeDb", 6.0),
                  p.getOrDefault("attackMs", 10.0),
                  p.getOrDefault("releaseMs", 100.0),
                  p.getOrDefault("makeupDb", 0.0),
                  p.getOrDefault("rms", 0.0) != 0
                      ? Compressor.Detector.RMS
                      : Compressor.Detector.PEAK,
                  p.getOrDefault("rmsMs", 50.0)),
              rate,
              channels);
      case "limiter" ->
          new TruePeakLimiter(
              new TruePeakLimiter.Settings(
                  p.getOrDefault("ceilingDbtp", -1.0),
                  p.getOrDefault("lookaheadMs", 3.0),
                  p.getOrDefault("releaseMs", 80.0),
                  p.getOrDefault("marginDb", TruePeakLimiter.Settings.MARGIN_DB)),
              rate,
              channels);
      case "duck" ->
          Ducker.onGrid(
              new Ducker.Grid(
                  p.getOrDefault("bpm", FALLBACK_BPM),
                  p.getOrDefault("offsetMs", 0.0),
                  p.getOrDefault("depthDb", 6.0),
                  p.getOrDefault("attackBeats", 0.02),
                  p.getOrDefault("releaseBeats", 0.5),
                  p.getOrDefault("everyBeats", 1.0)),
              rate,
              channels);
      case "saturation" ->
          new Saturator(
              new Saturator.Settings(
                  p.getOrDefault("driveDb", 6.0),
                  p.getOrDefault("mix", 1.0),
                  p.getOrDefault("outputDb", 0.0),
                  whole(p.getOrDefault("oversample", 4.0), "oversample")),
              rate,
              channels);
      case "delay" -> new Delay(delay(p), rate, channels);
      case "reverb" ->
          new Reverb(
              new Reverb.Settings(
                  p.getOrDefault("rt60Seconds", 2.0),
                  p.getOrDefault("hfRatio", 0.5),
                  p.getOrDefault("predelayMs", 20.0),
                  p.getOrDefault("mix", 0.2)),
              rate,
              channels);
      default -> throw new IllegalStateException(stage.type());
    };
  }

  /** A delay in ms when {@code timeMs} is given, else in beats at the tempo. */
  private static Delay.Settings delay(Map<String, Double> p) {
    double feedback = p.getOrDefault("feedback", 0.35);
    double mix = p.getOrDefault("mix", 0.25);
    double lowpass = p.getOrDefault("lowpassHz", 0.0);
    boolean pingPong = flag(p.getOrDefault("pingPong", 0.0), "pingPong");
    if (p.containsKey("timeMs")) {
      if (p.containsKey("beats")) {
        throw new IllegalArgumentException("give the delay as timeMs or as beats, not both");
      }
      return new Delay.Settings(p.get("timeMs"), feedback, mix, lowpass, pingPong);
    }
    return Delay.Settings.synced(
        p.getOrDefault("beats", 0.75),
        p.getOrDefault("bpm", FALLBACK_BPM),
        feedback,
        mix,
        lowpass,
        pingPong);
  }

  private static int whole(double value, String name) {
    if (value != StrictMath.rint(value) || Math.abs(value) > 1 << 20) {
      throw new IllegalArgumentException(name + " must be a whole number: " + value);
    }
    return (int) value;
  }

  private static boolean flag(double value, String name) {
    if (value != 0 && value != 1) {
      throw new IllegalArgumentException(name + " must be 0 or 1: " + value);
    }
    return value == 1;
  }

  private static Processor eq(dev.cadenza.dsp.Biquad design, int channels) {
    return new Equalizer(List.of(design), channels);
  }
}
