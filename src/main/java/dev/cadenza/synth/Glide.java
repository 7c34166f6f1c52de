package dev.cadenza.synth;

/**
 * Pitch trajectory of a note that may slide in from another pitch: the offset from the target
 * decays exponentially, covering 95 % of the way in the slide time. Evaluated once per control
 * block.
 */
final class Glide {
  static final int BLOCK = 32;
  private final double target;
  private final double offset;
  private final double rate;

  Glide(NoteEvent note, double defaultFrom, double defaultSeconds) {
    this.target = note.pitch();
    double from = note.param(NoteEvent.SLIDE_FROM, defaultFrom);
    this.offset = Double.isNaN(from) ? 0 : from - target;
    double seconds = Math.max(1e-3, note.param(NoteEvent.SLIDE_SECONDS, defaultSeconds));
    this.rate = 3.0 / seconds;
  }

  /** MIDI pitch (fractional) at a time from the note's start. */
  double pitchAt(double seconds) {
    if (offset == 0) {
      return target;
    }
    return target + offset * StrictMath.exp(-rate * seconds);
  }
}
