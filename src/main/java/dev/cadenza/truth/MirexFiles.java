package dev.cadenza.truth;

import dev.cadenza.music.Modes;
import dev.cadenza.music.TimeSignature;
import dev.cadenza.spec.Manifest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A manifest's truth as the plain-text files of MIREX and mir_eval (mir_eval.io): whitespace
 * separated columns, one event or interval a line, times in seconds written exactly (the shortest
 * decimal that reads back as the same double).
 *
 * <ul>
 *   <li>{@code beats.txt}: time and the beat's number in its bar (load_labeled_events);
 *   <li>{@code downbeats.txt}: one time a line (load_events);
 *   <li>{@code chords.lab}: start, end, Harte label (load_labeled_intervals);
 *   <li>{@code key.txt}: tonic and major or minor, one line (load_key);
 *   <li>{@code sections.lab}: start, end, label (load_labeled_intervals).
 * </ul>
 */
public final class MirexFiles {

  private MirexFiles() {}

  /** Each file's name and text, in a fixed order. */
  public static Map<String, String> of(Manifest.Truth truth) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("beats.txt", beats(truth));
    files.put("downbeats.txt", events(truth.downbeats()));
    StringBuilder chords = new StringBuilder();
    for (Manifest.Chord c : truth.chords()) {
      line(chords, time(c.start()), time(c.end()), HarteLabels.of(c.symbol()));
    }
    files.put("chords.lab", chords.toString());
    files.put("key.txt", truth.key().tonic() + "\t" + majorOrMinor(truth.key().mode()) + "\n");
    StringBuilder sections = new StringBuilder();
    for (Manifest.Span s : truth.sections()) {
      line(sections, time(s.start()), time(s.end()), s.label());
    }
    files.put("sections.lab", sections.toString());
    return files;
  }

  private static String beats(Manifest.Truth truth) {
    TimeSignature meter = TimeSignature.parse(truth.timeSignature());
    BeatPositions at =
        BeatPositions.of(truth.beats(), truth.downbeats(), meter == null ? 0 : meter.beatsPerBar());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < truth.beats().size(); i++) {
      line(out, time(truth.beats().get(i)), String.valueOf(at.position()[i]));
    }
    return out.toString();
  }

  private static String events(List<Double> times) {
    StringBuilder out = new StringBuilder();
    for (double t : times) {
      line(out, time(t));
    }
    return out.toString();
  }

  /** mir_eval's key files name major or minor only: a mode of the minor family is minor. */
  static String majorOrMinor(String mode) {
    return Modes.minorFamily(mode) ? "minor" : "major";
  }

  private static void line(StringBuilder out, String... columns) {
    out.append(String.join("\t", columns)).append('\n');
  }

  /** A time as the shortest plain decimal that reads back as the same double (no exponent). */
  static String time(double seconds) {
    return BigDecimal.valueOf(seconds).toPlainString();
  }
}
