package dev.cadenza.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.SampleArrays;
import dev.cadenza.music.ProductionHints;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Production hints in the mix: the tables agree, and each hint does what its entry says. */
class MixHintsTest {
  private static final int RATE = 48_000;

  @Test
  void theMixRendersExactlyTheHintsMusicSaysItDoes() throws IOException {
    Set<String> mixed = new TreeSet<>();
    ProductionHints.standard()
        .all()
        .forEach(
            (hint, stage) -> {
              if (stage.equals(ProductionHints.MIX)) {
                mixed.add(hint);
              }
            });
    assertThat(MixHints.standard().names()).isEqualTo(mixed);
    // Every rendered hint is one the parser can give.
    Set<String> lexicon = new TreeSet<>();
    try (InputStream in = getClass().getResourceAsStream("/dev/cadenza/lexicon/words.json")) {
      for (JsonNode h : Json.mapper().readTree(in).get("productionHints")) {
        lexicon.add(h.get("name").asText());
      }
    }
    assertThat(lexicon).containsAll(ProductionHints.standard().all().keySet());
  }

  @Test
  void noHintLeavesTheGenresMixAsItIs() {
    assertThat(GenreMix.of("house", List.of())).isEqualTo(GenreMix.of("house"));
    assertThat(GenreMix.of("house", List.of("banjo-ish", "glitchy")))
        .isEqualTo(GenreMix.of("house"));
  }

  @Test
  void reverbRaisesEverySendToTheRoomBySixDecibelsAndRingsLonger() {
    GenreMix plain = GenreMix.of("jazz");
    GenreMix wet = GenreMix.of("jazz", List.of("reverb"));
    plain
        .roles()
        .forEach(
            (role, r) -> {
              Double room = r.sends().get("room");
              if (room != null) {
                assertThat(wet.role(role).sends().get("room")).as(role).isEqualTo(room + 6);
              }
            });
    assertThat(wet.tailSeconds()).isGreaterThanOrEqualTo(5).isGreaterThan(plain.tailSeconds());
    assertThat(rt60(wet)).isCloseTo(1.8 * rt60(plain), within(1e-9));
  }

  private static double rt60(GenreMix mix) {
    return mix.returns().get("room").stream()
        .filter(s -> s.type().equals("reverb"))
        .findFirst()
        .orElseThrow()
        .params()
        .get("rt60Seconds");
  }

  @Test
  void dryDropsEverySend() {
    GenreMix dry = GenreMix.of("cinematic", List.of("dry"));
    assertThat(dry.roles().values()).allMatch(r -> r.sends().isEmpty());
    assertThat(GenreMix.of("cinematic").roles().values()).anyMatch(r -> !r.sends().isEmpty());
  }

  @Test
  void delayBorrowsTheEchoWhereTheGenreHasNone() {
    assertThat(GenreMix.of("lofi hip hop").returns()).doesNotContainKey("echo");
    GenreMix echoed = GenreMix.of("lofi hip hop", List.of("delay"));
    assertThat(echoed.returns()).containsKey("echo");
    assertThat(echoed.role("lead").sends()).containsKey("echo");
    assertThat(echoed.role("bass").sends()).doesNotContainKey("echo");
  }

  @Test
  void hintsApplyInOrderAndEveryStageBuilds() {
    GenreMix mix = GenreMix.of("house", List.copyOf(MixHints.standard().names()));
    mix.roles()
        .forEach(
            (role, r) -> {
              ChainBuilder.build(new ChainSpec(TempoSync.at(r.stages(), 120.0)), RATE, 2, role);
              assertThat(mix.returns().keySet()).containsAll(r.sends().keySet());
            });
    new Returns(mix, RATE, 120.0);
  }

  /**
   * "bright" lifts the top by the high shelf its entry names: the RBJ cookbook's shelf of +3 dB at
   * 8 kHz (Q 0.7071) has, at 48 kHz, a gain of 2.990 dB at 18 kHz and 0.0005 dB at 1 kHz.
   */
  @Test
  void brightLiftsTheTopAgainstTheMiddle() throws IOException {
    float[][] tones = new float[2][RATE];
    for (int i = 0; i < RATE; i++) {
      float v =
          (float)
              (0.2 * Math.sin(2 * Math.PI * 1000 * i / RATE)
                  + 0.2 * Math.sin(2 * Math.PI * 18000 * i / RATE));
      tones[0][i] = v;
      tones[1][i] = v;
    }
    double plain = topOverMiddleDb(tones, GenreMix.NONE);
    GenreMix bright =
        new MixHints(Map.of("bright", brightOnly()))
            .apply(GenreMix.NONE, List.of("bright"), GenreMix.NONE);
    double lifted = topOverMiddleDb(tones, bright);
    assertThat(lifted - plain).isCloseTo(2.989, within(0.05));
  }

  private static MixHints.Adjustment brightOnly() {
    ChainSpec.Stage shelf =
        ChainSpec.Stage.of("highshelf", Map.of("frequency", 8000.0, "q", 0.7071, "gainDb", 3.0));
    return new MixHints.Adjustment(null, null, null, null, null, null, Map.of("*", List.of(shelf)));
  }

  private static double topOverMiddleDb(float[][] x, GenreMix mix) throws IOException {
    Mixer.Stem stem = new Mixer.Stem("drums", "drums", () -> SampleArrays.source(x, RATE), 0, 0);
    float[][] out;
    try (AudioSource s = Mixer.open(List.of(stem), new Mixer.Track(120.0, null, mix, List.of()))) {
      out = SampleArrays.read(s);
    }
    int from = RATE / 4;
    int to = RATE - RATE / 4;
    return 20 * Math.log10(amplitude(out[0], from, to, 18000) / amplitude(out[0], from, to, 1000));
  }

  /** Amplitude of a sine at {@code hz} over whole periods, by correlation with sin and cos. */
  private static double amplitude(float[] x, int from, int to, double hz) {
    double s = 0;
    double c = 0;
    for (int i = from; i < to; i++) {
      double phase = 2 * Math.PI * hz * i / RATE;
      s += x[i] * Math.sin(phase);
      c += x[i] * Math.cos(phase);
    }
    return 2 * Math.hypot(s, c) / (to - from);
  }
}
