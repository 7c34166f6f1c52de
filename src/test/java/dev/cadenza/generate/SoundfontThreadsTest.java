package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.WavEncoding;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Part;
import dev.cadenza.compose.Specs;
import dev.cadenza.synth.soundfont.SineSoundfont;
import dev.cadenza.synth.soundfont.Soundfont;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Soundfont parts rendered in parallel (one synthesizer each, one shared bank) are the same samples
 * as rendered one after another. Trap's 808 slides exercise the pitch bends.
 */
class SoundfontThreadsTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}, seed {1}")
  @CsvSource({"trap, 14", "lofi hip hop, 13"})
  void oneThreadAndSeveralThreadsRenderTheSameSamples(String genre, long seed) throws Exception {
    Soundfont sine =
        Soundfont.open(SineSoundfont.writeWithKit(tmp.resolve("sine.sf2")), "sine.sf2");
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of(genre, 140, "G", "minor", "4/4", null, 10, List.of(), List.of(), seed),
                seed);
    assertThat(
            a.parts().stream()
                .filter(p -> SoundfontParts.standard().plays(p, sine, a.genre()))
                .count())
        .as("parts the soundfont plays")
        .isGreaterThanOrEqualTo(4);
    Generator.Result serial =
        Generator.render(a, null, new Generator.Options(44100, WavEncoding.PCM_24, 1, sine), true);
    Generator.Result parallel =
        Generator.render(a, null, new Generator.Options(44100, WavEncoding.PCM_24, 4, sine), true);
    for (int i = 0; i < serial.stems().size(); i++) {
      Part p = a.parts().get(i);
      for (int c = 0; c < 2; c++) {
        assertThat(parallel.stems().get(i)[c])
            .as("seed %d: %s channel %d", seed, p.name(), c)
            .isEqualTo(serial.stems().get(i)[c]);
      }
    }
  }
}
