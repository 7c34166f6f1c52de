package dev.cadenza.analyze.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.analyze.key.KeyAnalyzer;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.spec.SongSection;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The key of a stretch of a stream, measured on passages rendered in known keys. */
class SectionKeyTest {

  @Test
  void eachPassageHasItsOwnKeyAndNoiseHasNone() {
    int rate = 44100;
    // C major (C F G C), A minor (Am Em Dm E), C major again: 8 s each; then 8 s of noise bursts.
    float[][] tonal =
        StructureAnalyzerTest.render(
            List.of(
                StructureAnalyzerTest.Part.A,
                StructureAnalyzerTest.Part.B,
                StructureAnalyzerTest.Part.A),
            8.0,
            rate,
            9);
    int noise = 8 * rate;
    float[][] x = new float[2][tonal[0].length + noise];
    SplittableRandom random = new SplittableRandom(4);
    for (int c = 0; c < 2; c++) {
      System.arraycopy(tonal[c], 0, x[c], 0, tonal[c].length);
    }
    for (int i = 0; i < noise; i++) {
      // A noise hit every quarter second, decaying over 60 ms: drums without pitch.
      double envelope = Math.exp(-(i % (rate / 4)) / (0.06 * rate));
      float v = (float) (0.3 * envelope * (2 * random.nextDouble() - 1));
      x[0][tonal[0].length + i] = v;
      x[1][tonal[0].length + i] = v;
    }
    KeyAnalyzer analyzer = new KeyAnalyzer(AudioFormat.floatFormat(rate, 2));
    AudioBlock block = new AudioBlock(2, 4096);
    for (int start = 0; start < x[0].length; start += 4096) {
      int n = Math.min(4096, x[0].length - start);
      block.setFrames(n);
      System.arraycopy(x[0], start, block.channel(0), 0, n);
      System.arraycopy(x[1], start, block.channel(1), 0, n);
      analyzer.accept(block);
    }
    analyzer.result();

    SongSection.SectionKey first = analyzer.keyOf(0, 8);
    SongSection.SectionKey second = analyzer.keyOf(8, 16);
    SongSection.SectionKey third = analyzer.keyOf(16, 24);
    assertThat(first.tonic() + " " + first.mode()).isEqualTo("C major");
    assertThat(second.tonic() + " " + second.mode()).isEqualTo("A minor");
    assertThat(third.tonic() + " " + third.mode()).isEqualTo("C major");
    assertThat(first.confidence()).isBetween(0.0, 1.0);
    assertThat(analyzer.keyOf(24, 32)).as("noise bursts").isNull();
    assertThat(analyzer.keyOf(40, 50)).as("past the end").isNull();
  }
}
