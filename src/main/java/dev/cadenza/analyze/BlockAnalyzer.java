package dev.cadenza.analyze;

import dev.cadenza.audio.AudioBlock;

/** A measurement fed the audio block by block, in order; its result is queried at the end. */
public interface BlockAnalyzer {
  void accept(AudioBlock block);
}
