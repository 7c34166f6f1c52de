package dev.cadenza.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.BadInputException;
import dev.cadenza.dsp.Audio;
import dev.cadenza.dsp.Chain;
import dev.cadenza.dsp.Compressor;
import dev.cadenza.dsp.Equalizer;
import dev.cadenza.dsp.Gain;
import dev.cadenza.dsp.Rbj;
import dev.cadenza.dsp.TruePeakLimiter;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainBuilderTest {

  private static final String CHAIN =
      """
      {"schema": "cadenza.chain/1", "processors": [
        {"type": "highpass", "params": {"frequency": 30, "q": 0.7071}},
        {"type": "peaking", "params": {"frequency": 2500, "q": 1.2, "gainDb": -2.5}},
        {"type": "compressor", "params": {"thresholdDb": -18, "ratio": 3, "kneeDb": 6,
          "attackMs": 10, "releaseMs": 120, "makeupDb": 2}},
        {"type": "gain", "params": {"db": 4}},
        {"type": "limiter", "params": {"ceilingDbtp": -1}}
      ]}
      """;

  private static ChainSpec parse(String json) throws IOException {
    return Json.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "chain.json",
        Contract.CHAIN,
        ChainSpec.class);
  }

  @Test
  void printsBackToJsonThatReadsAsTheSameChain() throws IOException {
    ChainSpec spec = parse(CHAIN);
    String printed = new String(Json.toBytes(spec, true), StandardCharsets.UTF_8);
    assertThat(parse(printed)).isEqualTo(spec);
    assertThat(printed).contains("\"schema\" : \"cadenza.chain/1\"");
  }

  @Test
  void chainFromJsonSoundsExactlyLikeTheSameChainBuiltInCode() throws IOException {
    int rate = 48_000;
    float[][] signal =
        Audio.sum(Audio.drums(2, rate * 2, rate, 128, 0.6, 3), Audio.noise(2, rate * 2, 0.1, 4));
    Chain fromJson = ChainBuilder.build(parse(CHAIN), rate, 2, "chain.json");
    Chain inCode =
        new Chain(
            List.of(
                new Equalizer(List.of(Rbj.highPass(30, 0.7071, rate)), 2),
                new Equalizer(List.of(Rbj.peaking(2500, 1.2, -2.5, rate)), 2),
                new Compressor(
                    new Compressor.Settings(-18, 3, 6, 10, 120, 2, Compressor.Detector.PEAK, 50),
                    rate,
                    2),
                new Gain(4),
                new TruePeakLimiter(new TruePeakLimiter.Settings(-1, 3, 80, 0.1), rate, 2)));
    assertThat(fromJson.latencyFrames()).isEqualTo(inCode.latencyFrames()).isPositive();
    float[][] a = Audio.process(fromJson, signal, rate);
    float[][] b = Audio.process(inCode, signal, rate);
    assertThat(a).isDeepEqualTo(b);
    assertThat(a[0]).isNotEqualTo(signal[0]);
  }

  @Test
  void allBypassedChainIsBitTransparent() throws IOException {
    int rate = 44_100;
    String bypassed = CHAIN.replace("\"params\"", "\"bypass\": true, \"params\"");
    ChainSpec spec = parse(bypassed);
    assertThat(spec.processors()).hasSize(5).allMatch(ChainSpec.Stage::bypass);
    Chain chain = ChainBuilder.build(spec, rate, 2, "chain.json");
    float[][] signal = Audio.clipped(Audio.noise(2, rate, 1.5, 8), 1, 1);
    assertThat(Audio.process(chain, signal, rate)).isDeepEqualTo(signal);
  }

  @Test
  void latencyIsCompensatedAcrossStages() {
    int rate = 48_000;
    ChainSpec spec =
        new ChainSpec(
            List.of(
                ChainSpec.Stage.of("limiter", java.util.Map.of("ceilingDbtp", -0.5)),
                ChainSpec.Stage.of(
                    "limiter", java.util.Map.of("ceilingDbtp", -0.5, "lookaheadMs", 5.0))));
    Chain chain = ChainBuilder.build(spec, rate, 2, null);
    assertThat(chain.latencyFrames()).isEqualTo((144 + 47) + (240 + 47));
    // Under the ceiling both limiters are transparent, so aligned output equals the input.
    float[][] signal = Audio.sine(2, rate, rate, 440, 0.5, 0);
    assertThat(Audio.process(chain, signal, rate)).isDeepEqualTo(signal);
  }

  @Test
  void badStagesAreNamedInTheError() throws IOException {
    ChainSpec unknown = parse("{\"processors\": [{\"type\": \"gain\"}, {\"type\": \"fuzz\"}]}");
    assertThatThrownBy(() -> ChainBuilder.build(unknown, 48_000, 2, "c.json"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("processors[1].type: unknown processor 'fuzz'");
    ChainSpec badRatio =
        parse("{\"processors\": [{\"type\": \"compressor\", \"params\": {\"ratio\": 0.5}}]}");
    assertThatThrownBy(() -> ChainBuilder.build(badRatio, 48_000, 2, "c.json"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("processors[0] (compressor): ratio must be in 1..1000");
    ChainSpec badParam =
        parse("{\"processors\": [{\"type\": \"gain\", \"params\": {\"decibels\": 3}}]}");
    assertThatThrownBy(() -> ChainBuilder.build(badParam, 48_000, 2, "c.json"))
        .hasMessageContaining("processors[0].params.decibels: not a parameter of gain");
    assertThatThrownBy(() -> parse("{\"schema\": \"cadenza.chain/2\", \"processors\": []}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("unsupported schema version");
  }
}
