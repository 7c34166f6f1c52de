package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.WavEncoding;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Specs;
import dev.cadenza.synth.soundfont.SineSoundfont;
import dev.cadenza.synth.soundfont.Soundfont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A soundfont part rendered a segment at a time through a store (which spills to a file past its
 * memory, as an hour-long part does) writes the file that rendering it whole in memory writes: the
 * same fade at its end, the same peak gain, the same bits.
 */
class SoundfontStreamedTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}, seed {1}")
  @CsvSource({"trap, 14", "lofi hip hop, 13"})
  void aPartRenderedThroughAStoreIsTheFileRenderedWhole(String genre, long seed) throws Exception {
    Soundfont sine =
        Soundfont.open(SineSoundfont.writeWithKit(tmp.resolve("sine.sf2")), "sine.sf2");
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of(genre, 140, "G", "minor", "4/4", null, 10, List.of(), List.of(), seed),
                seed);
    List<String> played =
        a.parts().stream()
            .filter(p -> SoundfontParts.standard().plays(p, sine, a.genre()))
            .map(p -> p.name())
            .toList();
    assertThat(played)
        .as("parts the soundfont plays")
        .contains("drums")
        .hasSizeGreaterThanOrEqualTo(4);
    Generator.Options options = new Generator.Options(44100, WavEncoding.PCM_24, 2, sine);
    // Kept: each stem is rendered whole into its array, as before streaming.
    Path whole = tmp.resolve("whole");
    Generator.render(a, whole, options, true, 1);
    // Not kept: through a store holding one segment in memory, the rest in its spill file.
    Path streamed = tmp.resolve("streamed");
    Generator.render(a, streamed, options, false, 1);
    for (String name : played) {
      Path file = Path.of(name + ".wav");
      assertThat(Files.readAllBytes(streamed.resolve(file)))
          .as(name)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
  }
}
