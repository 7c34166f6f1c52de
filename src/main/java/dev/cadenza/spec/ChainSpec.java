package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A processing chain as data ({@code cadenza.chain/1}): named processors in order, each with its
 * numeric parameters; {@code mix/ChainBuilder} turns it into processors for a sample rate.
 *
 * <p>With a loudness target the chain is a mastering chain: {@code cadenza mix} normalises the
 * input to a reference level before the first stage, and finds the gain in front of the (last)
 * limiter that lands the output on the target, the limiter's ceiling being the target's true peak.
 * Without a target the stages run exactly as written.
 *
 * @param schema {@code cadenza.chain/1}
 * @param processors the stages, first to last
 * @param targetLufs integrated loudness to master to, or absent for none
 * @param truePeakDbtp true-peak ceiling that goes with {@code targetLufs}
 */
public record ChainSpec(
    String schema,
    List<Stage> processors,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double targetLufs,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double truePeakDbtp) {

  public ChainSpec {
    schema = schema == null ? Contract.CHAIN.tag() : schema;
    processors = processors == null ? List.of() : List.copyOf(processors);
  }

  public ChainSpec(List<Stage> processors) {
    this(Contract.CHAIN.tag(), processors, null, null);
  }

  /**
   * One processor.
   *
   * @param type gain, pan, width, spread (a delayed copy of the mid added to the side, mono
   *     compatible: delayMs, amount), monolow (the side high-passed, so the lows are mono:
   *     frequency), highpass, lowpass, peaking, lowshelf, highshelf, compressor, limiter, duck
   *     (gain dips on a beat grid: bpm, offsetMs, depthDb, attackBeats, releaseBeats, everyBeats),
   *     saturation (oversampled tanh: driveDb, mix, outputDb, oversample), delay (beats at bpm, or
   *     timeMs; feedback, mix, lowpassHz, pingPong 0/1) or reverb (feedback delay network:
   *     rt60Seconds, hfRatio, predelayMs, mix)
   * @param bypass when true the stage is left out (no processing, no latency); absent means false
   * @param params parameters by name (sorted, so printing is stable); missing ones take defaults
   */
  public record Stage(String type, Boolean bypass, Map<String, Double> params) {
    public Stage {
      bypass = bypass != null && bypass;
      params = params == null ? Map.of() : new TreeMap<>(params);
    }

    public static Stage of(String type, Map<String, Double> params) {
      return new Stage(type, false, params);
    }
  }
}
