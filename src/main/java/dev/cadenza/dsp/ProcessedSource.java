package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ForwardingSource;
import java.io.IOException;

/**
 * A source run through a processor with its latency compensated: the first {@link
 * Processor#latencyFrames()} output frames are dropped and as many frames of silence are fed after
 * the source ends, so the output is sample-aligned with the input and exactly as long.
 */
public final class ProcessedSource extends ForwardingSource {
  private final Processor processor;
  private long toSkip;
  private long tailLeft;
  private boolean sourceDone;

  public ProcessedSource(AudioSource source, Processor processor) {
    super(source);
    this.processor = processor;
    this.toSkip = processor.latencyFrames();
    this.tailLeft = processor.latencyFrames();
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    while (true) {
      int n = 0;
      if (!sourceDone) {
        n = source.read(block);
        if (n == 0) {
          sourceDone = true;
        }
      }
      if (sourceDone) {
        if (tailLeft == 0) {
          block.setFrames(0);
          return 0;
        }
        n = (int) Math.min(block.capacity(), tailLeft);
        for (int c = 0; c < block.channels(); c++) {
          java.util.Arrays.fill(block.channel(c), 0, n, 0f);
        }
        block.setFrames(n);
        tailLeft -= n;
      }
      processor.process(block);
      if (toSkip > 0) {
        int skip = (int) Math.min(toSkip, n);
        toSkip -= skip;
        for (int c = 0; c < block.channels(); c++) {
          float[] x = block.channel(c);
          System.arraycopy(x, skip, x, 0, n - skip);
        }
        n -= skip;
        block.setFrames(n);
      }
      if (n > 0) {
        return n;
      }
    }
  }
}
