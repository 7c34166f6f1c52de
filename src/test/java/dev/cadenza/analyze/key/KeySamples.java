package dev.cadenza.analyze.key;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.spec.KeyResult;

/** Runs the key analysis over samples held in memory, in blocks as a file reader would. */
final class KeySamples {

  private KeySamples() {}

  static KeyResult analyze(float[][] channels, int rate) {
    AudioFormat format = AudioFormat.floatFormat(rate, channels.length);
    KeyAnalyzer analyzer = new KeyAnalyzer(format);
    AudioBlock block = new AudioBlock(channels.length, 4096);
    for (int offset = 0; offset < channels[0].length; offset += block.capacity()) {
      int frames = Math.min(block.capacity(), channels[0].length - offset);
      for (int c = 0; c < channels.length; c++) {
        System.arraycopy(channels[c], offset, block.channel(c), 0, frames);
      }
      block.setFrames(frames);
      analyzer.accept(block);
    }
    return analyzer.result();
  }

  static KeyResult analyze(float[] mono, int rate) {
    return analyze(new float[][] {mono}, rate);
  }
}
