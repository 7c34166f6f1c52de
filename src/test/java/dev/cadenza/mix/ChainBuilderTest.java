package dev.cadenza.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.BadInputException;
import dev.cadenza.dsp.Audio;
import dev.cadenza.dsp.Chain;
import dev.cadenza.dsp.Compressor;
import dev.cadenza.dsp.Delay;
import dev.cadenza.dsp.Ducker;
import dev.cadenza.dsp.Equalizer;
import dev.cadenza.dsp.Gain;
import dev.cadenza.dsp.Rbj;
import dev.cadenza.dsp.Reverb;
import dev.cadenza.dsp.Saturator;
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

  private static final String EFFECTS =
      """
      {"processors": [
        {"type": "duck", "params": {"bpm": 128, "offsetMs": 10, "depthDb": 8,
          "attackBeats": 0.03, "releaseBeats": 0.4, "everyBeats": 1}},
        {"type": "saturation", "params": {"driveDb": 9, "mix": 0.5, "outputDb": -2,
          "oversample": 2}},
        {"type": "delay", "params": {"beats": 0.75, "bpm": 128, "feedback": 0.4, "mix": 0.3,
          "lowpassHz": 4000, "pingPong": 1}},
        {"type": "delay", "params": {"timeMs": 90, "feedback": 0.2}},
        {"type": "reverb", "params": {"rt60Seconds": 1.8, "hfRatio": 0.6, "predelayMs": 15,
          "mix": 0.25}}
      ]}
      """;

  @Test
  void effectStagesFromJsonSoundExactlyLikeTheSameProcessorsBuiltInCode() throws IOException {
    int rate = 44_100;
    float[][] signal = Audio.drums(2, rate * 2, rate, 128, 0.7, 9);
    Chain fromJson = ChainBuilder.build(parse(EFFECTS), rate, 2, "fx.json");
    Chain inCode =
        new Chain(
            List.of(
                Ducker.onGrid(new Ducker.Grid(128, 10, 8, 0.03, 0.4, 1), rate, 2),
                new Saturator(new Saturator.Settings(9, 0.5, -2, 2), rate, 2),
                new Delay(Delay.Settings.synced(0.75, 128, 0.4, 0.3, 4000, true), rate, 2),
                new Delay(new Delay.Settings(90, 0.2, 0.25, 0, false), rate, 2),
                new Reverb(new Reverb.Settings(1.8, 0.6, 15, 0.25), rate, 2)));
    assertThat(fromJson.latencyFrames()).isEqualTo(inCode.latencyFrames()).isEqualTo(32);
    float[][] a = Audio.process(fromJson, signal, rate);
    assertThat(a).isDeepEqualTo(Audio.process(inCode, signal, rate));
    assertThat(a[0]).isNotEqualTo(signal[0]);
  }

  @Test
  void effectStagesTakeTheirDocumentedDefaults() {
    int rate = 48_000;
    float[][] signal = Audio.noise(2, rate, 0.8, 10);
    List<String> types = List.of("duck", "saturation", "delay", "reverb");
    List<dev.cadenza.dsp.Processor> expected =
        List.of(
            Ducker.onGrid(new Ducker.Grid(120, 0, 6, 0.02, 0.5, 1), rate, 2),
            new Saturator(new Saturator.Settings(6, 1, 0, 4), rate, 2),
            new Delay(Delay.Settings.synced(0.75, 120, 0.35, 0.25, 0, false), rate, 2),
            new Reverb(new Reverb.Settings(2, 0.5, 20, 0.2), rate, 2));
    for (int i = 0; i < types.size(); i++) {
      Chain built =
          ChainBuilder.build(
              new ChainSpec(List.of(ChainSpec.Stage.of(types.get(i), java.util.Map.of()))),
              rate,
              2,
              null);
      assertThat(Audio.process(built, signal, rate))
          .as(types.get(i))
          .isDeepEqualTo(Audio.process(new Chain(List.of(expected.get(i))), signal, rate));
    }
  }

  @Test
  void effectStagesAtZeroMixOrBypassedAreBitTransparent() throws IOException {
    int rate = 48_000;
    float[][] signal = Audio.clipped(Audio.noise(2, rate, 1.5, 11), 1, 1);
    String dry =
        EFFECTS
            .replace("\"depthDb\": 8", "\"depthDb\": 0")
            .replace("\"mix\": 0.5", "\"mix\": 0")
            .replace("\"mix\": 0.3", "\"mix\": 0")
            .replace("\"feedback\": 0.2}", "\"feedback\": 0.2, \"mix\": 0}")
            .replace("\"mix\": 0.25", "\"mix\": 0");
    assertThat(Audio.process(ChainBuilder.build(parse(dry), rate, 2, "fx.json"), signal, rate))
        .isDeepEqualTo(signal);
    String bypassed = EFFECTS.replace("\"params\"", "\"bypass\": true, \"params\"");
    Chain none = ChainBuilder.build(parse(bypassed), rate, 2, "fx.json");
    assertThat(none.processors()).isEmpty();
    assertThat(Audio.process(none, signal, rate)).isDeepEqualTo(signal);
  }

  @Test
  void badEffectParametersAreNamed() throws IOException {
    String[][] cases = {
      {
        "{\"type\": \"reverb\", \"params\": {\"size\": 3}}",
        "processors[0].params.size: not a parameter of reverb"
      },
      {
        "{\"type\": \"saturation\", \"params\": {\"oversample\": 3}}",
        "processors[0] (saturation): oversample must be 1, 2, 4 or 8"
      },
      {
        "{\"type\": \"saturation\", \"params\": {\"oversample\": 2.5}}",
        "processors[0] (saturation): oversample must be a whole number"
      },
      {
        "{\"type\": \"delay\", \"params\": {\"timeMs\": 100, \"beats\": 1}}",
        "processors[0] (delay): give the delay as timeMs or as beats, not both"
      },
      {
        "{\"type\": \"delay\", \"params\": {\"pingPong\": 0.5}}",
        "processors[0] (delay): pingPong must be 0 or 1"
      },
      {
        "{\"type\": \"delay\", \"params\": {\"feedback\": 1.2}}",
        "processors[0] (delay): feedback must be in 0..0.98"
      },
      {
        "{\"type\": \"duck\", \"params\": {\"attackBeats\": 0.6, \"releaseBeats\": 0.6}}",
        "processors[0] (duck): attack and release are fractions"
      },
      {
        "{\"type\": \"reverb\", \"params\": {\"rt60Seconds\": 0}}",
        "processors[0] (reverb): rt60 must be in 0.1..30 s"
      },
    };
    for (String[] c : cases) {
      ChainSpec spec = parse("{\"processors\": [" + c[0] + "]}");
      assertThatThrownBy(() -> ChainBuilder.build(spec, 48_000, 2, "fx.json"))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining(c[1]);
    }
  }
}
