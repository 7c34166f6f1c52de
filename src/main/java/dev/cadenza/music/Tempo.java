package dev.cadenza.music;

/** The tempos cadenza parses, composes and renders. */
public final class Tempo {

  /** The slowest tempo a spec may ask for. */
  public static final double MIN_BPM = 20;

  /** The fastest tempo a spec may ask for. */
  public static final double MAX_BPM = 400;

  private Tempo() {}

  /** Whether {@code bpm} lies in {@value #MIN_BPM}..{@value #MAX_BPM} (NaN does not). */
  public static boolean playable(double bpm) {
    return bpm >= MIN_BPM && bpm <= MAX_BPM;
  }

  /** The range as the error messages and warnings write it: "20..400" with {@code separator}. */
  public static String range(String separator) {
    return (int) MIN_BPM + separator + (int) MAX_BPM;
  }
}
