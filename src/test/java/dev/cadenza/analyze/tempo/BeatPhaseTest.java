package dev.cadenza.analyze.tempo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Beats moved onto the bass, on novelty curves whose pulses the test placed. */
class BeatPhaseTest {

  /** Beat period of the tests, frames: a dotted quarter of three eighths of 30 frames. */
  private static final int PERIOD = 90;

  private static final int BEATS = 40;

  /** Beats every {@link #PERIOD} frames from {@code first}. */
  private static int[] grid(int first) {
    int[] beats = new int[BEATS];
    for (int i = 0; i < BEATS; i++) {
      beats[i] = first + i * PERIOD;
    }
    return beats;
  }

  /** A low-register curve with a pulse of {@code height} at each of {@code frames}. */
  private static double[] pulses(int[] frames, double height) {
    double[] curve = new double[BEATS * PERIOD + 200];
    for (int f : frames) {
      curve[f] = height;
    }
    return curve;
  }

  @Test
  void beatsOnTheChordOfAJigMoveOntoTheBass() {
    // Bass on the first eighth of each beat (frames 100, 190, ...), chords on the third eighth
    // (160, 250, ...): the tracker put the beats on the chords, the bass is a third of a beat
    // later.
    int[] onChords = grid(160);
    double[] low = pulses(grid(190), 1.0);

    int[] moved = BeatPhase.correct(onChords, low);

    assertThat(moved).startsWith(190, 280, 370);
    assertThat(moved[BEATS - 2]).isEqualTo(190 + (BEATS - 2) * PERIOD);
  }

  @Test
  void beatsOnTheBassStay() {
    int[] onBass = grid(100);
    double[] low = pulses(grid(100), 1.0);

    assertThat(BeatPhase.correct(onBass, low)).isSameAs(onBass);
  }

  @Test
  void anOffBeatBassLineDoesNotPullTheBeatsHalfABeat() {
    // House: the bass plays between the beats; only thirds are tried, and the bass is not there.
    int[] beats = grid(100);
    double[] low = pulses(grid(145), 1.0);

    assertThat(BeatPhase.correct(beats, low)).isSameAs(beats);
  }

  @Test
  void aBassOnlySlightlyStrongerAThirdAwayDoesNotMoveTheBeats() {
    int[] beats = grid(100);
    double[] low = pulses(grid(100), 1.0);
    for (int f : grid(130)) {
      low[f] = 1.2;
    }

    assertThat(BeatPhase.correct(beats, low)).isSameAs(beats);
  }

  @Test
  void withoutALowRegisterTheBeatsStay() {
    int[] beats = grid(100);

    assertThat(BeatPhase.correct(beats, null)).isSameAs(beats);
  }
}
