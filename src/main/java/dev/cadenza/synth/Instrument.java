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
  void render(List<NoteEvent> notes, float[][] out, int sampleRate, long seed);

  /** How long a note sounds from its start, including release and decay tails. */
  double soundingSeconds(NoteEvent note);

  /** Whether the instrument makes a stereo image of its own (otherwise both channels are equal). */
  boolean stereo();
}
