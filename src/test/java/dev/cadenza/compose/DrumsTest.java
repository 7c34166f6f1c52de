package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.music.Key;
import dev.cadenza.music.TimeSignature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DrumsTest {
  private static final Styles STYLES = Styles.standard();

  /** 16 bars of 4/4 at 90 bpm with a little swing, in four sections (fills at their ends). */
  private static BarGrid barGrid() {
    double beat = 60.0 / 90;
    int bars = 16;
    List<FormSection> sections =
        Form.lay(List.of("intro", "verse", "chorus", "outro"), bars, 4 * beat, STYLES);
    int[] sectionOfBar = new int[bars];
    for (int i = 0; i < sections.size(); i++) {
      for (int b = sections.get(i).firstBar();
          b < sections.get(i).firstBar() + sections.get(i).bars();
          b++) {
        sectionOfBar[b] = i;
      }
    }
    return new BarGrid(
        beat,
        TimeSignature.parse("4/4"),
        bars,
        sections,
        sectionOfBar,
        new ChordSpan[bars],
        Key.of("C", "minor"),
        java.util.Collections.nCopies(sections.size(), Key.of("C", "minor")),
        0.3,
        false);
  }

  private static Map<String, List<Note>> byVoice(List<Note> notes) {
    Map<String, List<Note>> voices = new LinkedHashMap<>();
    for (Note n : notes) {
      voices.computeIfAbsent(n.instrument(), v -> new ArrayList<>()).add(n);
    }
    voices.values().forEach(l -> l.sort(Comparator.comparingDouble(n -> n.event().startSeconds())));
    return voices;
  }

  @Test
  void humanisedHitsScatterWithinTheirReachAroundTheGridWithTheSameVelocities() {
    Map<String, String> groove = new LinkedHashMap<>();
    groove.put("kick", "X.....x...x.....");
    groove.put("snare", "....X.......X..r");
    groove.put("closed-hat", "x.x.x.x.x.x.x.xo");
    Set<String> kit = Set.of("kick", "snare", "closed-hat", "crash");
    List<Note> grid = Drums.write(barGrid(), groove, kit, STYLES, true, 0, 42);
    List<Note> human = Drums.write(barGrid(), groove, kit, STYLES, true, 4, 42);

    assertThat(human)
        .isSortedAccordingTo(Comparator.comparingDouble(n -> n.event().startSeconds()));
    Map<String, List<Note>> a = byVoice(grid);
    Map<String, List<Note>> b = byVoice(human);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String voice : a.keySet()) {
      List<Note> x = a.get(voice);
      List<Note> y = b.get(voice);
      assertThat(y).as(voice).hasSameSizeAs(x);
      double sum = 0;
      double sumAbs = 0;
      double max = 0;
      for (int i = 0; i < x.size(); i++) {
        assertThat(y.get(i).event().velocity()).isEqualTo(x.get(i).event().velocity());
        assertThat(y.get(i).event().durationSeconds())
            .isEqualTo(x.get(i).event().durationSeconds());
        double offset = y.get(i).event().startSeconds() - x.get(i).event().startSeconds();
        sum += offset;
        sumAbs += Math.abs(offset);
        max = Math.max(max, Math.abs(offset));
      }
      if (voice.equals("kick") || voice.equals("crash")) {
        assertThat(max).as(voice + " stays on the grid").isZero();
        continue;
      }
      int n = x.size();
      assertThat(n).as(voice).isGreaterThan(20);
      assertThat(max).as(voice + " largest shift").isLessThanOrEqualTo(0.004 + 1e-12);
      // The difference of two uniform draws on ±4 ms: mean 0, mean magnitude 4/3 ms, and one hit
      // in 16 beyond 3 ms.
      assertThat(Math.abs(sum / n)).as(voice + " mean shift").isLessThan(0.0008);
      assertThat(sumAbs / n).as(voice + " mean magnitude").isBetween(0.0009, 0.0018);
      assertThat(max).as(voice + " largest shift").isGreaterThan(0.0025);
    }
  }

  @Test
  void quantisedStylesKeepEveryHitOnTheGridAndNoStyleStraysFar() {
    dev.cadenza.music.Genre house =
        dev.cadenza.music.GenreTable.standard().genre("house").orElseThrow();
    assertThat(STYLES.forGenre(house).humaniseMs()).isZero();
    for (String name : List.of("hip hop", "rock", "jazz", "blues")) {
      dev.cadenza.music.Genre genre =
          dev.cadenza.music.GenreTable.standard().genre(name).orElseThrow();
      assertThat(STYLES.forGenre(genre).humaniseMs())
          .as(name)
          .isBetween(1.0, Drums.MAX_HUMANISE_MS);
    }
    assertThatThrownBy(
            () ->
                new Style(
                    "x",
                    List.of(),
                    List.of(),
                    new Style.Bass("1", null, null, null),
                    "x",
                    null,
                    Map.of(),
                    16,
                    null,
                    null,
                    null,
                    null,
                    9.0,
                    null,
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("humaniseMs");
  }
}
