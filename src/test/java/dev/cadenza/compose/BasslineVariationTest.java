package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasslineVariationTest {
  @Test
  void theFourthBarOfAGroupTurnsAroundOnItsLastNote() {
    assertThat(Bassline.varied("..1...1...1...1.", 3, 0.6, 4)).isEqualTo("..1...1...1...a.");
    assertThat(Bassline.varied("..1...1...1...1.", 7, 1.0, 4)).isEqualTo("..1...1...1...a.");
  }

  @Test
  void aHeldNoteIsStruckAgainOnTheLastBeatToTurnAround() {
    assertThat(Bassline.varied("1--------.1-----", 3, 0.6, 4)).isEqualTo("1--------.1-a---");
  }

  @Test
  void aWalkingLineAlreadyApproachesAndStaysAsItIs() {
    assertThat(Bassline.varied("w---w---w---w---", 3, 0.6, 4)).isEqualTo("w---w---w---w---");
  }

  @Test
  void loudSectionsLiftEverySecondBarsLastRootAnOctave() {
    assertThat(Bassline.varied("1.8.1.8.1.8.1.8.", 1, 0.9, 4)).isEqualTo("1.8.1.8.1.8.8.8.");
    assertThat(Bassline.varied("1.8.1.8.1.8.1.8.", 1, 0.6, 4)).isEqualTo("1.8.1.8.1.8.1.8.");
    assertThat(Bassline.varied("1.8.1.8.1.8.1.8.", 2, 0.9, 4)).isEqualTo("1.8.1.8.1.8.1.8.");
  }
}
