package dev.cadenza.analyze.tempo;

import java.util.ArrayList;
import java.util.List;

/**
 * One bar of a drum pattern per style, positions in beats from the bar start. The beat is the
 * counted pulse: the quarter note, except in 6/8 where it is the dotted quarter (three eighths), as
 * docs/design.md counts tempo. In the half-time trap pattern the beat is the felt pulse, with the
 * backbeat on 2 and 4 and hats in sixteenths and 32nd rolls.
 */
enum DrumPattern {
  HOUSE(4, "4/4"),
  ROCK(4, "4/4"),
  BREAKBEAT(4, "4/4"),
  BOOM_BAP(4, "4/4"),
  TRAP(4, "4/4"),
  WALTZ(3, "3/4"),
  SHUFFLE_6_8(2, "6/8"),
  ONE_DROP(4, "4/4");

  /** A drum or bass hit. */
  record Hit(Voice voice, double beat, double velocity) {}

  enum Voice {
    KICK,
    SNARE,
    CLAP,
    RIM,
    CLOSED_HAT,
    OPEN_HAT,
    BASS,
    SKANK
  }

  final int beatsPerBar;
  final String timeSignature;

  DrumPattern(int beatsPerBar, String timeSignature) {
    this.beatsPerBar = beatsPerBar;
    this.timeSignature = timeSignature;
  }

  List<Hit> bar() {
    List<Hit> hits = new ArrayList<>();
    switch (this) {
      case HOUSE -> {
        for (int b = 0; b < 4; b++) {
          hits.add(new Hit(Voice.KICK, b, 1));
          hits.add(new Hit(Voice.OPEN_HAT, b + 0.5, 0.4));
          hits.add(new Hit(Voice.CLOSED_HAT, b + 0.25, 0.2));
          hits.add(new Hit(Voice.CLOSED_HAT, b + 0.75, 0.2));
        }
        hits.add(new Hit(Voice.CLAP, 1, 0.8));
        hits.add(new Hit(Voice.CLAP, 3, 0.8));
        hits.add(new Hit(Voice.BASS, 0, 0.8));
        hits.add(new Hit(Voice.BASS, 2.5, 0.6));
      }
      case ROCK -> {
        eighthHats(hits, 4);
        hits.add(new Hit(Voice.KICK, 0, 1));
        hits.add(new Hit(Voice.KICK, 2, 1));
        hits.add(new Hit(Voice.KICK, 2.5, 0.8));
        hits.add(new Hit(Voice.SNARE, 1, 0.9));
        hits.add(new Hit(Voice.SNARE, 3, 0.9));
        hits.add(new Hit(Voice.BASS, 0, 0.8));
        hits.add(new Hit(Voice.BASS, 2, 0.6));
      }
      case BREAKBEAT -> {
        eighthHats(hits, 4);
        hits.add(new Hit(Voice.KICK, 0, 1));
        hits.add(new Hit(Voice.KICK, 2.5, 1));
        hits.add(new Hit(Voice.SNARE, 1, 0.9));
        hits.add(new Hit(Voice.SNARE, 3, 0.9));
        hits.add(new Hit(Voice.SNARE, 1.75, 0.25));
        hits.add(new Hit(Voice.SNARE, 3.25, 0.25));
        hits.add(new Hit(Voice.BASS, 0, 0.8));
      }
      case BOOM_BAP -> {
        eighthHats(hits, 4);
        hits.add(new Hit(Voice.KICK, 0, 1));
        hits.add(new Hit(Voice.KICK, 1.5, 0.7));
        hits.add(new Hit(Voice.KICK, 2.5, 0.9));
        hits.add(new Hit(Voice.SNARE, 1, 0.9));
        hits.add(new Hit(Voice.SNARE, 3, 0.9));
        hits.add(new Hit(Voice.BASS, 0, 0.8));
      }
      case TRAP -> {
        for (int s = 0; s < 16; s++) {
          hits.add(new Hit(Voice.CLOSED_HAT, s / 4.0, s % 2 == 0 ? 0.35 : 0.25));
        }
        for (int r = 1; r < 4; r += 2) {
          hits.add(new Hit(Voice.CLOSED_HAT, 3.5 + r / 8.0, 0.2));
        }
        hits.add(new Hit(Voice.KICK, 0, 1));
        hits.add(new Hit(Voice.KICK, 0.75, 0.8));
        hits.add(new Hit(Voice.KICK, 2.5, 0.9));
        hits.add(new Hit(Voice.CLAP, 1, 0.9));
        hits.add(new Hit(Voice.CLAP, 3, 0.9));
        hits.add(new Hit(Voice.BASS, 0, 1));
      }
      case WALTZ -> {
        eighthHats(hits, 3);
        hits.add(new Hit(Voice.KICK, 0, 1));
        hits.add(new Hit(Voice.SNARE, 1, 0.6));
        hits.add(new Hit(Voice.SNARE, 2, 0.6));
        hits.add(new Hit(Voice.BASS, 0, 0.8));
      }
      case SHUFFLE_6_8 -> {
        for (int e = 0; e < 6; e++) {
          hits.add(new Hit(Voice.CLOSED_HAT, e / 3.0, e % 3 == 0 ? 0.45 : 0.3));
        }
        hits.add(new Hit(Voice.KICK, 0, 1));
        hits.add(new Hit(Voice.SNARE, 1, 0.9));
        hits.add(new Hit(Voice.BASS, 0, 0.8));
      }
      case ONE_DROP -> {
        eighthHats(hits, 4);
        hits.add(new Hit(Voice.KICK, 2, 1));
        hits.add(new Hit(Voice.RIM, 2, 0.8));
        hits.add(new Hit(Voice.SKANK, 1, 0.7));
        hits.add(new Hit(Voice.SKANK, 3, 0.7));
        hits.add(new Hit(Voice.BASS, 0.5, 0.7));
        hits.add(new Hit(Voice.BASS, 1.5, 0.6));
      }
    }
    return hits;
  }

  private static void eighthHats(List<Hit> hits, int beats) {
    for (int e = 0; e < 2 * beats; e++) {
      hits.add(new Hit(Voice.CLOSED_HAT, e / 2.0, e % 2 == 0 ? 0.4 : 0.3));
    }
  }
}
