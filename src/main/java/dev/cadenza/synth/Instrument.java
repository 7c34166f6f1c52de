package dev.cadenza.synth;

import java.util.List;

/** Something that turns notes into sound. Implementations hold no mutable state. */
public interface Instrument {

  /**
   * Adds the sound of {@code notes} into {@code out[channel][frame]} (one or two channels of equal
   * length; a stereo instrument is folded to mono for one channel, a mono one is copied to both).
   * Sound that would fall past the end of the buffer is dropped; size the buffer with {@link
   * #soundingSeconds} so every note can ring out. Notes are added in list order.
   */
  default void render(List<NoteEvent> notes, float[][] out, int sampleRate, long seed) {
    voices(sampleRate, seed).add(notes, out, 0);
  }

  /**
   * Starts a render that goes on piece by piece (a long track in segments): the pieces sum to what
   * one {@link #render} of all the notes gives, up to the order of the additions.
   */
  Voices voices(int sampleRate, long seed);

  /** One render in progress at a sample rate and seed. Not for use by several threads at once. */
  interface Voices {
    /**
     * Adds the sound of {@code notes} into a window of the output: {@code out[c][i]} is frame
     * {@code offset + i}. Every note must start at or after {@code offset}; sound past the end of
     * the window is dropped.
     */
    void add(List<NoteEvent> notes, float[][] out, long offset);
  }

  /** How long a note sounds from its start, including release and decay tails. */
  double soundingSeconds(NoteEvent note);

  /** The frame a note starts on at a sample rate. */
  static long startFrame(NoteEvent note, int sampleRate) {
    return Math.round(note.startSeconds() * sampleRate);
  }

  /** The frames a note sounds for from its start frame (at least two): its share of the output. */
  default int soundingFrames(NoteEvent note, int sampleRate) {
    return Math.max(2, (int) Math.round(soundingSeconds(note) * sampleRate));
  }

  /** Whether the instrument makes a stereo image of its own (otherwise both channels are equal). */
  boolean stereo();
}
