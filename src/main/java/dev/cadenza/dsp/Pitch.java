package dev.cadenza.dsp;

/** Equal-tempered pitch: MIDI note numbers and frequencies, A4 = note 69 = 440 Hz. */
public final class Pitch {
  private Pitch() {}

  /** 440 · 2^((note − 69)/12); fractional notes give glides and detune. */
  public static double hz(double midiNote) {
    return 440.0 * StrictMath.pow(2.0, (midiNote - 69.0) / 12.0);
  }

  /** Frequency ratio of an interval in cents. */
  public static double ratio(double cents) {
    return StrictMath.pow(2.0, cents / 1200.0);
  }
}
