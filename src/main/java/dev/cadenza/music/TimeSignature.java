package dev.cadenza.music;

/**
 * A time signature as the composer counts it: beats a bar (the unit the tempo counts) and how many
 * quarter notes one beat lasts. Compound metres (6/8, 9/8, 12/8) count dotted quarters, so 6/8 has
 * two beats a bar, as the trackspec defines it.
 *
 * @param numerator written numerator
 * @param denominator written denominator
 * @param beatsPerBar beats the tempo counts in one bar
 * @param quartersPerBeat quarter notes in one beat (1.5 for a dotted quarter)
 * @param stepsPerBeat grid steps in one beat: four sixteenths, or three eighths when compound
 */
public record TimeSignature(
    int numerator, int denominator, int beatsPerBar, double quartersPerBeat, int stepsPerBeat) {

  /** Parses "n/d"; returns null when the text is not a time signature cadenza can render. */
  public static TimeSignature parse(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.trim().split("/");
    if (parts.length != 2) {
      return null;
    }
    int n;
    int d;
    try {
      n = Integer.parseInt(parts[0].trim());
      d = Integer.parseInt(parts[1].trim());
    } catch (NumberFormatException e) {
      return null;
    }
    if (n < 1 || n > 16 || (d != 2 && d != 4 && d != 8 && d != 16)) {
      return null;
    }
    boolean compound = d >= 8 && n % 3 == 0 && n > 3;
    if (compound) {
      return new TimeSignature(n, d, n / 3, 3 * 4.0 / d, 3);
    }
    return new TimeSignature(n, d, n, 4.0 / d, d == 8 ? 2 : 4);
  }

  /**
   * How many notes a beat divides into at the first level: three eighths in compound metre, two
   * otherwise. Bass lines and melodies that move "in eighths" move in these, so a 6/8 bar is felt
   * as two groups of three and not as a duple bar.
   */
  public int subdivision() {
    return stepsPerBeat == 3 ? 3 : 2;
  }

  public int stepsPerBar() {
    return beatsPerBar * stepsPerBeat;
  }

  public String text() {
    return numerator + "/" + denominator;
  }
}
