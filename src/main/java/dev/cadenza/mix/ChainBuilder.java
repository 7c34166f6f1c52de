package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.dsp.Chain;
import dev.cadenza.dsp.Compressor;
import dev.cadenza.dsp.Equalizer;
import dev.cadenza.dsp.Gain;
import dev.cadenza.dsp.Pan;
import dev.cadenza.dsp.Processor;
import dev.cadenza.dsp.Rbj;
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

  private static final Map<String, Set<String>> KNOWN =
      Map.of(
          "gain", Set.of("db"),
          "pan", Set.of("position"),
          "width", Set.of("width"),
          "highpass", Set.of("frequency", "q"),
          "lowpass", Set.of("frequency", "q"),
          "peaking", Set.of("frequency", "q", "gainDb"),
          "lowshelf", Set.of("frequency", "q", "gainDb"),
          "highshelf", Set.of("frequency", "q", "gainDb"),
          "compressor",
              Set.of(
                  "thresholdDb",
                  "ratio",
                  "kneeDb",
                  "attackMs",
                  "releaseMs",
                  "makeupDb",
                  "rms",
                  "rmsMs"),
          "limiter", Set.of("ceilingDbtp", "lookaheadMs", "releaseMs", "marginDb"));

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
      default -> throw new IllegalStateException(stage.type());
    };
  }

  private static Processor eq(dev.cadenza.dsp.Biquad design, int channels) {
    return new Equalizer(List.of(design), channels);
  }
}
