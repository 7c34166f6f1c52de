package dev.cadenza.qa;

import java.util.List;

/**
 * How a pitch track agrees with the notes it should play. A frame is judged when its window lies
 * inside one note: it starts at or after the note's onset, its centre is before the note's release,
 * and it ends before the next note's onset (the release may ring into the window; a transition to
 * the next note may not). A judged frame is at the note's pitch within ±50 cents (the nearest
 * semitone), a whole number of octaves off within the same ±50 cents, elsewhere, or unvoiced.
 *
 * @param atPitch voiced frames at the note's pitch
 * @param octaveOff voiced frames one or more octaves above or below it
 * @param elsewhere voiced frames at any other pitch
 * @param unvoiced judged frames in which no pitch was found
 */
public record PitchAgreement(int atPitch, int octaveOff, int elsewhere, int unvoiced) {

  static final double CENTS = 50;

  /** Voiced frames judged. */
  public int voiced() {
    return atPitch + octaveOff + elsewhere;
  }

  /** Percent of the voiced frames at the MIDI's pitch; NaN when none was voiced. */
  public double percentAtPitch() {
    return voiced() == 0 ? Double.NaN : 100.0 * atPitch / voiced();
  }

  /** Percent of the voiced frames an octave or more off; NaN when none was voiced. */
  public double percentOctaveOff() {
    return voiced() == 0 ? Double.NaN : 100.0 * octaveOff / voiced();
  }

  /**
   * Compares each frame of a track with the note sounding then; {@code notes} sorted, monophonic.
   */
  public static PitchAgreement of(PitchTrack track, List<MidiNotes.Note> notes) {
    int atPitch = 0;
    int octaveOff = 0;
    int elsewhere = 0;
    int unvoiced = 0;
    int n = 0;
    for (int k = 0; k < track.frames(); k++) {
      double start = track.start(k);
      double end = track.end(k);
      double centre = (start + end) / 2;
      while (n < notes.size() && notes.get(n).end() <= centre) {
        n++;
      }
      if (n == notes.size()) {
        break;
      }
      MidiNotes.Note note = notes.get(n);
      double nextOnset = n + 1 < notes.size() ? notes.get(n + 1).start() : Double.POSITIVE_INFINITY;
      if (start < note.start() || end > nextOnset) {
        continue;
      }
      double hertz = track.hertz(k);
      if (Double.isNaN(hertz)) {
        unvoiced++;
        continue;
      }
      double cents = 1200 * log2(hertz / hertz(note.pitch()));
      double octaves = StrictMath.rint(cents / 1200);
      if (StrictMath.abs(cents) <= CENTS) {
        atPitch++;
      } else if (octaves != 0 && StrictMath.abs(cents - 1200 * octaves) <= CENTS) {
        octaveOff++;
      } else {
        elsewhere++;
      }
    }
    return new PitchAgreement(atPitch, octaveOff, elsewhere, unvoiced);
  }

  /** Equal temperament at A4 = 440 Hz. */
  static double hertz(int midiPitch) {
    return 440 * StrictMath.pow(2, (midiPitch - 69) / 12.0);
  }

  private static double log2(double x) {
    return StrictMath.log(x) / StrictMath.log(2);
  }
}
