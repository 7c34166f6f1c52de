package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;

/**
 * A streaming transformation of audio blocks, in place. A processor is built for one sample rate
 * and channel count and keeps its state between calls, so a signal may be split into blocks of any
 * size without changing the result.
 */
public interface Processor {

  /** Transforms the first {@code block.frames()} frames of every channel in place. */
  void process(AudioBlock block);

  /**
   * How many frames the output lags the input (lookahead limiters, linear-phase filters); a {@link
   * Chain} or {@link ProcessedSource} compensates it.
   */
  default int latencyFrames() {
    return 0;
  }

  /** Forgets all state, as if freshly built. */
  default void reset() {}
}
