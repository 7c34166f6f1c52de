package dev.cadenza.music;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names against the General MIDI Level 1 percussion key map as the MMA's specification prints
 * it (its first and last keys, and the sounds a drum part of cadenza plays).
 */
class GmDrumsTest {

  @ParameterizedTest
  @CsvSource({
    "35, Acoustic Bass Drum",
    "36, Bass Drum 1",
    "37, Side Stick",
    "38, Acoustic Snare",
    "39, Hand Clap",
    "42, Closed Hi-Hat",
    "45, Low Tom",
    "46, Open Hi-Hat",
    "49, Crash Cymbal 1",
    "51, Ride Cymbal 1",
    "56, Cowbell",
    "70, Maracas",
    "81, Open Triangle",
    "34, Drum key 34",
    "82, Drum key 82"
  })
  void namesEachKeyAsGeneralMidiDoes(int key, String name) {
    assertThat(GmDrums.standard().name(key)).isEqualTo(name);
  }
}
