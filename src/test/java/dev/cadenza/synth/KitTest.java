package dev.cadenza.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kits: each family's kick, snare and hats keep their character. */
class KitTest {
  private static final int RATE = 44100;

  private static float[] hit(String drum) {
    return Render.mono(drum, new NoteEvent(0, 0.25, 36, 1.0), RATE, 9);
  }

  /** A beater's knock and slap put a good part of an acoustic kick above 250 Hz. */
  @Test
  void acousticKickCarriesAboveTwoHundredFiftyHertz() {
    float[] acoustic = hit("kick-acoustic");
    float[] machine = hit("kick");
    int to = (int) (0.3 * RATE);
    assertThat(Bands.shareAbove(acoustic, 0, to, 250, RATE)).isGreaterThan(0.1);
    assertThat(Bands.shareAbove(machine, 0, to, 250, RATE)).isLessThan(0.02);
  }

  @Test
  void the808KickBoomsLongerThanThe909() {
    float[] tr808 = hit("kick-808");
    float[] tr909 = hit("kick-909");
    int head = (int) (0.05 * RATE);
    int tailFrom = (int) (0.3 * RATE);
    int tailTo = (int) (0.6 * RATE);
    double ring808 = Bands.energy(tr808, tailFrom, tailTo) / Bands.energy(tr808, 0, head);
    double ring909 = Bands.energy(tr909, tailFrom, tailTo) / Bands.energy(tr909, 0, head);
    assertThat(ring808).isGreaterThan(2 * ring909);
  }

  @Test
  void the909KickSweepsFromHighToItsBody() {
    float[] x = hit("kick-909");
    double early = CharacterTest.zeroCrossingHz(x, 0, (int) (0.01 * RATE), RATE);
    double late = CharacterTest.zeroCrossingHz(x, (int) (0.15 * RATE), (int) (0.4 * RATE), RATE);
    assertThat(early).isGreaterThan(150);
    assertThat(late).isBetween(47.0, 57.0);
  }

  /**
   * A crash rings out as a struck plate does, at a steady 8.7 dB a second (the 1/e-per-second decay
   * its model states), and is still sounding 3.5 s after the hit, some 20-25 dB under its level at
   * 1 s: the last crash of a track is its tail. Faded from 2.2 s and cut at 3.2 s, as it was, it
   * was silent there.
   */
  @Test
  void aCrashRingsOnAtASteadyDecay() {
    float[] crash = hit("crash");
    double at1 = Bands.energy(crash, RATE, 3 * RATE / 2);
    double at3 = Bands.energy(crash, 3 * RATE, 7 * RATE / 2);
    double dbPerSecond = 10 * Math.log10(at1 / at3) / 2;
    assertThat(dbPerSecond).isBetween(0.85 * 8.69, 1.15 * 8.69);
    double at35 = Bands.energy(crash, 7 * RATE / 2, 39 * RATE / 10);
    assertThat(10 * Math.log10(at1 / at35 * 4 / 5)).isBetween(18.0, 28.0);
  }

  /** Brushes swish: the sound swells after the touch instead of cracking at it. */
  @Test
  void brushSwellsWhereAStickCracks() {
    float[] brush = hit("snare-brush");
    float[] stick = hit("snare-acoustic");
    int touch = (int) (0.003 * RATE);
    int swell = (int) (0.012 * RATE);
    assertThat(Bands.energy(brush, 0, touch) / touch)
        .isLessThan(0.5 * Bands.energy(brush, touch, swell) / (swell - touch));
    assertThat(Bands.energy(stick, 0, touch) / touch)
        .isGreaterThan(Bands.energy(stick, touch, swell) / (swell - touch));
  }

  @Test
  void acousticSnareIsMostlyWires() {
    float[] x = hit("snare-acoustic");
    assertThat(Bands.shareAbove(x, 0, (int) (0.3 * RATE), 1000, RATE)).isGreaterThan(0.5);
  }

  @Test
  void everyHatLivesAboveFiveKilohertz() {
    for (String hat :
        new String[] {
          "closed-hat-acoustic", "open-hat-acoustic", "closed-hat-909", "open-hat-909"
        }) {
      float[] x = hit(hat);
      assertThat(Bands.shareAbove(x, 0, x.length, 5000, RATE)).as(hat).isGreaterThan(0.8);
    }
  }
}
