package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;
import java.util.List;

/** Processors run in order on the same block; the chain's latency is the sum of theirs. */
public final class Chain implements Processor {
  private final List<Processor> processors;

  public Chain(List<? extends Processor> processors) {
    this.processors = List.copyOf(processors);
  }

  public List<Processor> processors() {
    return processors;
  }

  @Override
  public void process(AudioBlock block) {
    for (Processor p : processors) {
      p.process(block);
    }
  }

  @Override
  public int latencyFrames() {
    int total = 0;
    for (Processor p : processors) {
      total += p.latencyFrames();
    }
    return total;
  }

  @Override
  public void reset() {
    for (Processor p : processors) {
      p.reset();
    }
  }
}
