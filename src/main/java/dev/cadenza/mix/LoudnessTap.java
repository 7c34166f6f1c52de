package dev.cadenza.mix;

import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.dsp.Processor;

/** Measures the loudness of the signal at its place in a chain, leaving the signal alone. */
final class LoudnessTap implements Processor {
  private final LoudnessMeter meter;

  LoudnessTap(LoudnessMeter meter) {
    this.meter = meter;
  }

  @Override
  public void process(AudioBlock block) {
    meter.accept(block);
  }
}
