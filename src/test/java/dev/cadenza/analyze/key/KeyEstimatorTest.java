package dev.cadenza.analyze.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.spec.KeyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Key choice from hand-written chroma vectors. */
class KeyEstimatorTest {

  /** Scale degrees with a weight: tonic triad twice, other scale notes once. */
  private static double[] scale(int tonic, int... degreesThenTriad) {
    double[] chroma = new double[12];
    for (int degree : degreesThenTriad) {
      chroma[(tonic + degree) % 12] += 1;
    }
    return chroma;
  }

  @ParameterizedTest(name = "{0} major")
  @CsvSource({
    "0, C", "1, Db", "2, D", "3, Eb", "4, E", "5, F", "6, F#", "7, G", "8, Ab", "9, A", "10, Bb",
    "11, B"
  })
  void findsMajorScales(int tonic, String name) {
    double[] chroma = scale(tonic, 0, 2, 4, 5, 7, 9, 11, 0, 4, 7);

    KeyResult key = KeyEstimator.estimate(chroma, 0.0);

    assertThat(key.tonic()).isEqualTo(name);
    assertThat(key.mode()).isEqualTo("major");
    assertThat(key.chroma()).hasSize(12);
    assertThat(key.chroma().get(tonic)).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} minor")
  @CsvSource({
    "0, C", "1, C#", "2, D", "3, Eb", "4, E", "5, F", "6, F#", "7, G", "8, G#", "9, A", "10, Bb",
    "11, B"
  })
  void findsHarmonicMinorScales(int tonic, String name) {
    double[] chroma = scale(tonic, 0, 2, 3, 5, 7, 8, 11, 0, 3, 7);

    KeyResult key = KeyEstimator.estimate(chroma, 0.0);

    assertThat(key.tonic()).isEqualTo(name);
    assertThat(key.mode()).isEqualTo("minor");
  }

  @Test
  void theProfileItselfCorrelatesPerfectly() {
    // E major: the profile rotated to start on E.
    double[] chroma = new double[12];
    for (int i = 0; i < 12; i++) {
      chroma[(4 + i) % 12] = KeyProfiles.MAJOR[i];
    }

    KeyResult key = KeyEstimator.estimate(chroma, 0.0);

    assertThat(key.tonic()).isEqualTo("E");
    assertThat(key.score()).isCloseTo(1.0, within(1e-12));
    // Confidence (r1 - r2) / (1 - r2) is 1 when r1 = 1.
    assertThat(key.confidence()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void twoKeysThatFitEquallyGiveZeroConfidence() {
    // A chroma symmetric between C major and G major cannot prefer one: the C and G major profiles
    // averaged.
    double[] chroma = new double[12];
    for (int i = 0; i < 12; i++) {
      chroma[i] += KeyProfiles.MAJOR[i];
      chroma[(7 + i) % 12] += KeyProfiles.MAJOR[i];
    }

    KeyResult key = KeyEstimator.estimate(chroma, 0.0);

    assertThat(key.confidence()).isCloseTo(0.0, within(1e-9));
    assertThat(key.tonic() + key.runnerUp().tonic()).isIn("CG", "GC");
  }

  @Test
  void aFlatOrEmptyChromaHasNoKey() {
    double[] flat = new double[12];
    java.util.Arrays.fill(flat, 0.3);

    assertThat(KeyEstimator.estimate(flat, 5.0).tonic()).isNull();
    assertThat(KeyEstimator.estimate(flat, 5.0).tuningCents()).isEqualTo(5.0);
    assertThat(KeyEstimator.estimate(new double[12], null).chroma()).isNull();
  }

  @Test
  void notesMixolydianWhenTheFlatSeventhFitsClearlyBetter() {
    // G mixolydian vamp G-F-G-F-G: three G major triads (G B D), two F major triads (F A C).
    double[] chroma = new double[12];
    for (int pc : new int[] {7, 11, 2}) {
      chroma[pc] += 3;
    }
    for (int pc : new int[] {5, 9, 0}) {
      chroma[pc] += 2;
    }

    KeyResult key = KeyEstimator.estimate(chroma, 0.0);

    assertThat(key.tonic() + " " + key.mode()).isEqualTo("G major");
    assertThat(key.modeNote()).isEqualTo("mixolydian");
  }

  /**
   * A tune in G major whose melody dwells on D, A and E, over I and V chords: every note of G major
   * sounds, C (its fourth degree) weakly, and C# (the leading tone of D major) not at all.
   */
  private static double[] fifthHeavyTune(double fourth, double sharpFourth) {
    double[] chroma = new double[12];
    java.util.Arrays.fill(chroma, 0.02);
    int[] pcs = {7, 9, 11, 2, 4, 6};
    double[] weights = {0.6, 0.7, 0.5, 1.0, 0.7, 0.4};
    for (int i = 0; i < pcs.length; i++) {
      chroma[pcs[i]] = weights[i];
    }
    chroma[0] = fourth;
    chroma[1] = sharpFourth;
    return chroma;
  }

  @Test
  void aMajorTuneThatDwellsOnItsFifthIsNotReadAsItsDominant() {
    // The profiles alone prefer D major (r 0.90 against 0.75); but D major's leading tone (C#) is
    // silent while its flat seventh (C) sounds: the notes are G major's.
    KeyResult key = KeyEstimator.estimate(fifthHeavyTune(0.2, 0.02), 0.0);

    assertThat(key.tonic() + " " + key.mode()).isEqualTo("G major");
    assertThat(key.modeNote()).isNull();
    assertThat(key.runnerUp().tonic() + " " + key.runnerUp().mode()).isEqualTo("D major");
  }

  @Test
  void theSameTuneWithTheLeadingToneOfItsDominantIsInTheDominant() {
    // C# instead of C: the notes are D major's, and D is the strongest.
    KeyResult key = KeyEstimator.estimate(fifthHeavyTune(0.02, 0.2), 0.0);

    assertThat(key.tonic() + " " + key.mode()).isEqualTo("D major");
  }
}
