package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The piano and electric piano: decay, brightness with velocity, a soft onset, no bark. */
class KeysTest {
  private static final int RATE = 44100;

  @ParameterizedTest(name = "pitch {0}")
  @ValueSource(ints = {60, 72, 79, 84, 91})
  void electricPianoAttackStaysMostlyBelowEightKilohertz(int pitch) {
    float[] x = Render.mono("electric-piano", new NoteEvent(0, 1, pitch, 1.0), RATE, 5);
    double share = Bands.shareAbove(x, 0, (int) (0.03 * RATE), 8000, RATE);
    assertThat(share).as("share of the first 30 ms above 8 kHz").isLessThan(0.1);
  }

  @Test
  void loudPianoReachesPastFiveKilohertzAndSoftStaysWarm() {
    int to = (int) (0.05 * RATE);
    float[] loud = Render.mono("piano", new NoteEvent(0, 1, 72, 1.0), RATE, 5);
    float[] soft = Render.mono("piano", new NoteEvent(0, 1, 72, 0.3), RATE, 5);
    double loudShare = Bands.shareAbove(loud, 0, to, 5000, RATE);
    double softShare = Bands.shareAbove(soft, 0, to, 5000, RATE);
    // -30 dB of the note's energy above 5 kHz: audible presence, as a recorded grand shows.
    assertThat(loudShare).isGreaterThan(1e-3);
    assertThat(softShare).isLessThan(loudShare / 10);
  }

  @Test
  void pianoPartialsAboveTwoKilohertzDieBeforeTheFundamental() {
    float[] x = Render.mono("piano", new NoteEvent(0, 3, 60, 1.0), RATE, 5);
    int early = (int) (0.05 * RATE);
    int late = (int) (1.0 * RATE);
    int span = (int) (0.1 * RATE);
    double highEarly = Bands.energyAbove(x, early, early + span, 2000, RATE);
    double highLate = Bands.energyAbove(x, late, late + span, 2000, RATE);
    double allEarly = Bands.energy(x, early, early + span);
    double allLate = Bands.energy(x, late, late + span);
    assertThat(highLate / highEarly).isLessThan(0.1 * (allLate / allEarly));
  }

  @Test
  void pianoOnsetRisesWithoutAClick() {
    float[] x = Render.mono("piano", new NoteEvent(0, 1, 60, 1.0), RATE, 5);
    int onset = (int) (0.002 * RATE);
    double clickShare = Bands.shareAbove(x, 0, onset, 10000, RATE);
    double peakEarly = 0;
    for (int i = 0; i < onset; i++) {
      peakEarly = Math.max(peakEarly, Math.abs(x[i]));
    }
    double peak = 0;
    for (int i = 0; i < (int) (0.1 * RATE); i++) {
      peak = Math.max(peak, Math.abs(x[i]));
    }
    assertThat(clickShare).as("share of the first 2 ms above 10 kHz").isLessThan(0.01);
    assertThat(peakEarly).as("level within 2 ms of the onset").isLessThan(0.7 * peak);
  }
}
