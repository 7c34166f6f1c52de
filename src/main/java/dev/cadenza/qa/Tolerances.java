package dev.cadenza.qa;

import dev.cadenza.BadInputException;
import java.util.Locale;
import java.util.Map;

/**
 * How far each measurement may stray before its check fails. Defaults suit finished masters; every
 * one can be changed on the command line ({@code --tolerance tempo=1%}).
 *
 * @param loudnessLu integrated loudness: ± LU around the target
 * @param tempoPercent tempo: ± percent of the spec's BPM
 * @param durationPercent duration: ± percent of the spec's length
 * @param dcOffset largest |mean| of any channel (0.001 is -60 dBFS)
 * @param gapSeconds longest silent gap allowed inside the track
 * @param minCorrelation lowest stereo phase correlation allowed (below it the mix cancels in mono)
 * @param tailSeconds how much longer than the spec's length a file may run: the ring-out of the
 *     last notes after the last bar (the spec's length is musical, to the end of the last bar)
 */
public record Tolerances(
    double loudnessLu,
    double tempoPercent,
    double durationPercent,
    double dcOffset,
    double gapSeconds,
    double minCorrelation,
    double tailSeconds,
    double pitchPercent) {

  public static Tolerances defaults() {
    return new Tolerances(0.5, 2, 5, 0.001, 2.0, -0.2, 5.0, 95);
  }

  /** The names {@link #with} accepts, for help texts. */
  public static final String NAMES = "loudness, tempo, duration, dc, gap, correlation, tail, pitch";

  /**
   * A copy with one tolerance changed, from {@code name=value} (a trailing % or unit is allowed).
   */
  public Tolerances with(String assignment) {
    int eq = assignment.indexOf('=');
    if (eq < 1) {
      throw bad(assignment, "expected NAME=VALUE");
    }
    String name = assignment.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    double value = number(assignment, assignment.substring(eq + 1).strip());
    double loudness = loudnessLu;
    double tempo = tempoPercent;
    double duration = durationPercent;
    double dc = dcOffset;
    double gap = gapSeconds;
    double correlation = minCorrelation;
    double tail = tailSeconds;
    double pitch = pitchPercent;
    switch (name) {
      case "loudness" -> loudness = value;
      case "tempo" -> tempo = value;
      case "duration" -> duration = value;
      case "dc" -> dc = value;
      case "gap" -> gap = value;
      case "correlation" -> correlation = value;
      case "tail" -> tail = value;
      case "pitch" -> pitch = value;
      default ->
          throw bad(assignment, "unknown tolerance '" + name + "', expected one of: " + NAMES);
    }
    return new Tolerances(loudness, tempo, duration, dc, gap, correlation, tail, pitch);
  }

  private static final Map<String, String> UNITS = Map.of("%", "", "lu", "", "s", "", "db", "");

  private static double number(String assignment, String text) {
    String digits = text.toLowerCase(Locale.ROOT);
    for (String unit : UNITS.keySet()) {
      if (digits.endsWith(unit)) {
        digits = digits.substring(0, digits.length() - unit.length()).strip();
        break;
      }
    }
    try {
      double value = Double.parseDouble(digits);
      if (!Double.isFinite(value)) {
        throw bad(assignment, "the value must be a finite number");
      }
      return value;
    } catch (NumberFormatException e) {
      throw bad(assignment, "'" + text + "' is not a number");
    }
  }

  private static BadInputException bad(String assignment, String problem) {
    return new BadInputException("--tolerance " + assignment, problem, null);
  }
}
