package dev.cadenza.compose;

import dev.cadenza.music.Key;
import dev.cadenza.music.TimeSignature;
import java.util.List;

/**
 * What every part writer reads: the bar grid, the section and chord of each bar, and the feel.
 *
 * @param beatSeconds one beat
 * @param meter time signature
 * @param totalBars number of bars
 * @param sections the form
 * @param sectionOfBar index into {@code sections} for each bar
 * @param chordOfBar the chord sounding in each bar
 * @param key key of the track (its first section's)
 * @param sectionKeys the key of each section: the track's, and another after a key change
 * @param swing 0 (straight) .. 1 (triplet) delay of off-beat grid steps
 * @param loopable whether the track loops: its last bar then leads back to the first instead of
 *     ending (no final bar)
 */
record BarGrid(
    double beatSeconds,
    TimeSignature meter,
    int totalBars,
    List<FormSection> sections,
    int[] sectionOfBar,
    ChordSpan[] chordOfBar,
    Key key,
    List<Key> sectionKeys,
    double swing,
    boolean loopable) {

  double barSeconds() {
    return beatSeconds * meter.beatsPerBar();
  }

  double barStart(int bar) {
    return bar * barSeconds();
  }

  /** The key sounding in bar {@code bar} (a note held past the end keeps the last bar's). */
  Key keyAt(int bar) {
    return sectionKeys.get(sectionOfBar[Math.max(0, Math.min(bar, totalBars - 1))]);
  }

  FormSection section(int bar) {
    return sections.get(sectionOfBar[bar]);
  }

  boolean lastBarOfSection(int bar) {
    FormSection s = section(bar);
    return bar == s.firstBar() + s.bars() - 1;
  }

  /** The closing bar of a track that ends: a final chord and hit instead of the groove. */
  boolean finalBar(int bar) {
    return !loopable && bar == totalBars - 1;
  }

  /**
   * Start of step {@code step} of a bar divided into {@code steps}; off-beat steps of a duple
   * subdivision are delayed by the swing (full swing puts them at the triplet position).
   */
  double stepTime(int bar, int step, int steps) {
    double stepSeconds = barSeconds() / steps;
    double t = barStart(bar) + step * stepSeconds;
    int perBeat = steps / meter.beatsPerBar();
    if (steps % meter.beatsPerBar() == 0 && perBeat % 2 == 0 && step % 2 == 1) {
      t += swing * stepSeconds / 3;
    }
    return t;
  }
}
