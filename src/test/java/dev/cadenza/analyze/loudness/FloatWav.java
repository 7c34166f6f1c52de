package dev.cadenza.analyze.loudness;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Writes planar float audio as a 32-bit float WAV, for handing test signals to ffmpeg. */
final class FloatWav {
  private FloatWav() {}

  static void write(Path path, float[][] audio, int sampleRate) throws IOException {
    int channels = audio.length;
    int frames = audio[0].length;
    AudioBlock block = new AudioBlock(channels, 4096);
    try (WavWriter writer =
        WavWriter.create(
            path,
            sampleRate,
            ChannelLayout.defaultFor(channels),
            WavEncoding.FLOAT_32,
            Dither.none())) {
      for (int start = 0; start < frames; start += block.capacity()) {
        int n = Math.min(block.capacity(), frames - start);
        for (int c = 0; c < channels; c++) {
          System.arraycopy(audio[c], start, block.channel(c), 0, n);
        }
        block.setFrames(n);
        writer.write(block);
      }
      writer.finish();
    }
  }
}
