package dev.cadenza.mix;

import dev.cadenza.BadInputException;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ForwardingSource;
import java.io.IOException;

/**
 * Stops a master whose chain made a sample NaN or infinite (gains that add up past what a float
 * holds, a filter driven unstable), naming the chain, before the sample reaches a file: the inputs
 * are finite (the WAV reader refuses them otherwise), so the chain is the cause, and a meter
 * further on could only say that some sample was not finite.
 */
final class FiniteOutput extends ForwardingSource {
  private final String chain;
  private long frames;

  /**
   * @param chain the chain file's name, or the preset's description, for the message
   */
  FiniteOutput(AudioSource source, String chain) {
    super(source);
    this.chain = chain;
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    int n = source.read(block);
    for (int c = 0; c < block.channels(); c++) {
      float[] samples = block.channel(c);
      for (int i = 0; i < n; i++) {
        if (!Float.isFinite(samples[i])) {
          throw new BadInputException(
              chain,
              String.format(
                  "the chain's output is not finite (NaN or infinity) at %.3f s",
                  (double) (frames + i) / format().sampleRate()),
              "its stages' gains go past what audio can hold; lower them");
        }
      }
    }
    frames += n;
    return n;
  }
}
