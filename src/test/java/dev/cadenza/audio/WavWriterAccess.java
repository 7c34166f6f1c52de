package dev.cadenza.audio;

import java.nio.file.Path;

/** Test access to the writer's RF64 threshold, which only tests lower. */
public final class WavWriterAccess {
  private WavWriterAccess() {}

  public static void writeSixChannelRf64(Path file, int frames) throws Exception {
    AudioBlock block = new AudioBlock(6, frames);
    for (int c = 0; c < 6; c++) {
      for (int i = 0; i < frames; i++) {
        block.channel(c)[i] = (float) (0.1 * (c + 1) * StrictMath.sin(i * 0.01 * (c + 1)));
      }
    }
    block.setFrames(frames);
    try (WavWriter writer =
        WavWriter.create(
            file, 48000, ChannelLayout.defaultFor(6), WavEncoding.PCM_24, Dither.tpdf(1), 1000)) {
      writer.write(block);
      writer.finish();
    }
  }
}
