package dev.cadenza.truth;

import java.util.List;

/**
 * Where each beat falls in its bar: the bar's number (1 for the bar of the first downbeat, 0 for an
 * upbeat before it) and the beat's number in the bar (1 on the downbeat), counted from the
 * downbeats; one rule for the composer's grid and for an analysis's.
 *
 * @param measure per beat, 1-based bar number, 0 before the first downbeat
 * @param position per beat, 1-based beat number in its bar; an upbeat's counts back from the bar's
 *     last beat (3 and 4 of a 4/4 bar lead into the first downbeat)
 */
public record BeatPositions(int[] measure, int[] position) {

  /** Two times closer than this (seconds) are the same instant: a downbeat is one of the beats. */
  private static final double SAME = 1e-6;

  /**
   * @param beatsPerBar beats in a bar, to number an upbeat; 0 when unknown (an upbeat then counts
   *     from 1)
   */
  public static BeatPositions of(List<Double> beats, List<Double> downbeats, int beatsPerBar) {
    int[] measure = new int[beats.size()];
    int[] position = new int[beats.size()];
    int bar = 0;
    int inBar = 0;
    int next = 0;
    for (int i = 0; i < beats.size(); i++) {
      while (next < downbeats.size() && downbeats.get(next) <= beats.get(i) + SAME) {
        bar++;
        inBar = 0;
        next++;
      }
      inBar++;
      measure[i] = bar;
      position[i] = inBar;
    }
    int upbeats = 0;
    while (upbeats < beats.size() && measure[upbeats] == 0) {
      upbeats++;
    }
    for (int i = 0; i < upbeats; i++) {
      position[i] = Math.max(1, beatsPerBar - upbeats + i + 1);
    }
    return new BeatPositions(measure, position);
  }
}
