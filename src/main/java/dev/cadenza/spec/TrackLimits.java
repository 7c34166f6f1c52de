package dev.cadenza.spec;

import dev.cadenza.BadInputException;

/**
 * The limits a trackspec's numbers must keep, checked when a spec is read so that the message names
 * the field and its value: one length limit for every stage (parse refuses a longer prompt,
 * generate a longer spec, however it is counted), and ranges for the numbers that have one.
 */
public final class TrackLimits {

  /** The longest track, in seconds: parse, generate and produce all stop at one hour. */
  public static final double MAX_SECONDS = 3600;

  private TrackLimits() {}

  /** Throws {@link BadInputException} naming {@code file} and the field when a value is invalid. */
  public static void check(TrackSpec spec, String file) {
    finite(file, "bpm", spec.bpm());
    if (!(spec.durationSeconds() >= 0 && spec.durationSeconds() <= MAX_SECONDS)) {
      throw new BadInputException(
          file,
          "durationSeconds must be 0.."
              + (int) MAX_SECONDS
              + " (0: from bars or the genre): "
              + spec.durationSeconds(),
          null);
    }
    unit(file, "energy", spec.energy());
    if (spec.swing() != null) {
      unit(file, "swing", spec.swing());
    }
  }

  private static void finite(String file, String field, double value) {
    if (!Double.isFinite(value)) {
      throw new BadInputException(file, field + " must be a number: " + value, null);
    }
  }

  private static void unit(String file, String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new BadInputException(file, field + " must be 0..1: " + value, null);
    }
  }

  private static final String TOO_LONG = ": longer than the 1 hour a track may last";

  /** The parser's warning for a length asked for beyond the limit: {@code what} is the words. */
  public static String tooLong(String what) {
    return what + TOO_LONG;
  }

  /**
   * Refuses a parsed prompt that asked for a track longer than the limit (the parser warns and goes
   * on, as it does for every word it cannot use; a command must not then make a track of another
   * length): exit 65 naming the prompt.
   */
  public static void refuseTooLong(TrackSpec spec) {
    for (String warning : spec.warnings()) {
      if (warning.endsWith(TOO_LONG)) {
        throw new BadInputException("prompt", warning, "ask for at most 60 minutes");
      }
    }
    if (spec.durationSeconds() > MAX_SECONDS) {
      // Counted in bars: the bars at the tempo last longer than the limit.
      throw new BadInputException(
          "prompt",
          (spec.bars() == null ? "" : spec.bars() + " bars at " + spec.bpm() + " bpm")
              + TOO_LONG
              + " ("
              + Math.round(spec.durationSeconds())
              + " s)",
          "ask for fewer bars or a faster tempo");
    }
  }

  /** Refuses a length counted in bars that lasts longer than {@link #MAX_SECONDS}. */
  public static void checkLength(double seconds, String counted) {
    if (!(seconds <= MAX_SECONDS)) {
      throw new IllegalArgumentException(
          counted
              + " last "
              + Math.round(seconds)
              + " s; a track may last at most "
              + (int) MAX_SECONDS
              + " s (1 hour)");
    }
  }
}
