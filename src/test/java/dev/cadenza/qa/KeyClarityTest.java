package dev.cadenza.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyClarityTest {

  /** The Krumhansl–Kessler major ratings, C first: a chroma no key fits better than C major. */
  private static final double[] MAJOR = {
    6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88
  };

  private static List<Double> majorProfileOn(int tonic) {
    List<Double> chroma = new ArrayList<>();
    for (int pc = 0; pc < 12; pc++) {
      chroma.add(MAJOR[Math.floorMod(pc - tonic, 12)]);
    }
    return chroma;
  }

  @Test
  void theProfileOfTheAskedKeyIsClear() {
    KeyClarity.Clarity clarity = KeyClarity.of(majorProfileOn(7), 7, false);
    // G major fits with r = 1; no neighbour shares all of its weights.
    assertThat(clarity.margin()).isGreaterThan(0.2);
    assertThat(clarity.runnerUp()).isIn("E minor", "G minor", "C major", "D major");
  }

  @Test
  void aKeyWhoseFourthFitsBetterIsNotClear() {
    // The chroma is G major's profile; asked D major, its IV (G major) fits better.
    KeyClarity.Clarity clarity = KeyClarity.of(majorProfileOn(7), 2, false);
    assertThat(clarity.margin()).isNegative();
    assertThat(clarity.runnerUp()).isEqualTo("G major");
  }

  @Test
  void aMinorKeyWhoseRelativeFitsBetterIsNotClear() {
    // Asked E minor over G major's profile: the relative major is the best neighbour.
    KeyClarity.Clarity clarity = KeyClarity.of(majorProfileOn(7), 4, true);
    assertThat(clarity.margin()).isNegative();
    assertThat(clarity.runnerUp()).isEqualTo("G major");
  }
}
