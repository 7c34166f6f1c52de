package dev.cadenza.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.spec.ChainSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for what a reference does to the target, the same for mix and produce. */
class MasteringRequestTest {

  private static final ChainSpec PLAIN =
      new ChainSpec(List.of(ChainSpec.Stage.of("highpass", Map.of("frequency", 30.0))));
  private static final ChainSpec LOUD =
      new ChainSpec("cadenza.chain/1", PLAIN.processors(), -10.0, -0.5);

  private static MasteringRequest request(String preset, String chain, Double targetLufs) {
    ChainSpec spec = "plain".equals(chain) ? PLAIN : "loud".equals(chain) ? LOUD : null;
    return new MasteringRequest(preset, spec, spec == null ? null : "c.json", targetLufs, null, 8);
  }

  /** Columns: preset, chain file, --target-lufs, the reference's loudness, the target expected. */
  @ParameterizedTest(name = "preset {0}, chain {1}, --target-lufs {2}, reference {3} -> {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "-,         -,     -,   -20, -20", // the default preset's -14 is replaced
        "club,      -,     -,   -20, -20",
        "streaming, -,     -16, -20, -16", // a stated target wins
        "none,      -,     -,   -20, -", // no loudness target, and the reference makes none
        "-,         plain, -,   -20, -", // a chain without targetLufs likewise
        "-,         loud,  -,   -20, -20", // a chain's own target is replaced
        "-,         -,     -,   -,   -14", // a silent reference has no loudness to give
      })
  void theReferenceReplacesALoudnessTargetButNeverMakesOne(
      String preset, String chain, Double targetLufs, Double referenceLufs, Double expected) {
    Reference reference = new Reference(referenceLufs, null);
    Target target = request(preset, chain, targetLufs).target(reference);
    assertThat(target.lufs()).isEqualTo(expected);
  }

  @Test
  void withoutAReferenceTheTargetIsThePresetsOrTheChainsOverridden() {
    assertThat(request(null, "-", null).target(null).lufs()).isEqualTo(-14.0);
    assertThat(request(null, "loud", null).target(null))
        .isEqualTo(new Target("chain", -10.0, -0.5));
    assertThat(request("broadcast", "loud", null).target(null).lufs()).isEqualTo(-23.0);
    assertThat(request(null, "-", -9.0).target(null)).isEqualTo(new Target("custom", -9.0, -1));
  }

  @Test
  void anUnknownPresetOrOutOfRangeValueIsRefusedWhenTheRequestIsMade() {
    assertThatThrownBy(() -> request("loudest", "-", null))
        .hasMessageContaining("unknown preset 'loudest'");
    assertThatThrownBy(() -> request(null, "-", 3.0)).hasMessageContaining("-70..0");
    assertThatThrownBy(() -> new MasteringRequest(null, null, null, null, null, 40))
        .hasMessageContaining("0..30 LU");
  }
}
