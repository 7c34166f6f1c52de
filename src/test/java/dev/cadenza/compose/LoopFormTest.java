package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TrackSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopFormTest {

  @Test
  void aLoopLeavesOutTheGenresIntroAndOutroAndPlaysItsGrooveInTheLastBar() throws Exception {
    TrackSpec spec =
        PromptParser.standard().parse("house at 124 bpm in A minor, 16 bars, loopable");
    Arrangement a = Composer.standard().compose(spec, 3);
    List<String> labels = a.sections().stream().map(s -> s.label().toLowerCase()).toList();
    assertThat(labels).doesNotContain("intro", "outro").isNotEmpty();
    // A track that ends has one kick and one crash in its last bar; a loop keeps its groove.
    double lastBar = a.durationSeconds() - a.barSeconds();
    long hits =
        a.parts().stream()
            .filter(p -> p.name().equals("drums"))
            .flatMap(p -> p.notes().stream())
            .filter(n -> n.event().startSeconds() >= lastBar - 1e-9)
            .count();
    assertThat(hits).isGreaterThan(4);
    assertThat(Composer.loopForm(List.of("intro", "verse", "chorus", "outro")))
        .containsExactly("verse", "chorus");
    assertThat(Composer.loopForm(List.of("intro", "outro"))).containsExactly("intro", "outro");
  }
}
