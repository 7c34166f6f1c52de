package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.synth.NoteEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kit pieces inside the drum stem: the pan law, and where the pieces land in a render. */
class KitPlacementTest {
  private static final int RATE = 44_100;

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.4, 0, 0.3, 0.45, 1})
  void aMonoPieceKeepsItsPowerWhereverItSits(double p) {
    float[] g = KitPlacement.gains(p, false);
    // Constant power with the centre at unity: L^2 + R^2 = 2.
    assertThat((double) g[0] * g[0] + (double) g[1] * g[1]).isCloseTo(2, within(1e-6));
    assertThat(g[1] >= g[0]).isEqualTo(p >= 0);
  }

  @Test
  void theCentreIsUnityAndTheEdgesAreOneSideAtPlusThreeDecibels() {
    assertThat(KitPlacement.gains(0, false)).containsExactly(1f, 1f);
    assertThat(KitPlacement.gains(1, false)[0]).isCloseTo(0f, within(1e-7f));
    assertThat(20 * Math.log10(KitPlacement.gains(1, false)[1])).isCloseTo(3.0103, within(1e-4));
    // A stereo piece is balanced: the near side kept, the far side turned down linearly.
    assertThat(KitPlacement.gains(0.3, true)).containsExactly(0.7f, 1f);
  }

  @Test
  void hatsSitRightOfTheKickAndTheTomsRunAcrossTheKit() {
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      notes.add(new Note("kick", new NoteEvent(i * 0.5, 0.2, 36, 0.9)));
    }
    float[][] kick = render(notes);
    assertThat(kick[0]).isEqualTo(kick[1]);

    notes.clear();
    for (int i = 0; i < 8; i++) {
      notes.add(new Note("closed-hat", new NoteEvent(i * 0.25, 0.05, 42, 0.8)));
    }
    float[][] hats = render(notes);
    double p = KitPlacement.standard().position("closed-hat", notes.get(0).event());
    double theta = (p + 1) * Math.PI / 4;
    assertThat(p).isPositive();
    assertThat(rms(hats[1]) / rms(hats[0])).isCloseTo(Math.tan(theta), within(1e-4));

    double low = KitPlacement.standard().position("tom", new NoteEvent(0, 1, 41, 1));
    double high = KitPlacement.standard().position("tom", new NoteEvent(0, 1, 50, 1));
    assertThat(low).isNegative();
    assertThat(high).isPositive();
  }

  private static float[][] render(List<Note> notes) {
    Part part = new Part("drums", "drums", 0, 0, 9, 0, notes);
    return StemRenderer.render(part, 3 * RATE, RATE, 1);
  }

  private static double rms(float[] x) {
    double e = 0;
    for (float v : x) {
      e += (double) v * v;
    }
    return Math.sqrt(e / x.length);
  }
}
