package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What goes into a store comes back in order and unchanged, from memory or from its file. */
class StemStoreTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} segments, {1} in memory, last {2} frames")
  @CsvSource({"5, 10, 7", "5, 2, 64", "6, 0, 1", "1, 0, 3", "3, 3, 64", "40, 35, 9", "40, 99, 64"})
  void samplesComeBackExactlyAndTheSpillFileIsRemoved(int segments, int inMemory, int lastFrames)
      throws Exception {
    int size = 64;
    SplittableRandom random = new SplittableRandom(segments * 31L + inMemory);
    List<float[]> sent = new ArrayList<>();
    try (StemStore store = new StemStore(size, inMemory, dir)) {
      // Two stems through the same store: the second reuses what the first left behind.
      for (int stem = 0; stem < 2; stem++) {
        sent.clear();
        for (int s = 0; s < segments; s++) {
          int n = s == segments - 1 ? lastFrames : size;
          float[] l = new float[size];
          float[] r = new float[size];
          for (int i = 0; i < n; i++) {
            l[i] = (float) random.nextGaussian();
            r[i] = Float.intBitsToFloat(random.nextInt()); // any bits, NaN and -0 included
          }
          sent.add(java.util.Arrays.copyOf(l, n));
          sent.add(java.util.Arrays.copyOf(r, n));
          store.append(l, r, n);
        }
        // Read back in blocks that do not line up with the segments, at unit gain (bit for bit)
        // for the first stem and at half gain for the second.
        float gain = stem == 0 ? 1f : 0.5f;
        float[][] back = new float[2][0];
        try (AudioSource reader = store.reader(44_100, gain)) {
          assertThat(reader.frameCount()).isEqualTo((segments - 1L) * size + lastFrames);
          AudioBlock block = new AudioBlock(2, 45);
          int n;
          while ((n = reader.read(block)) > 0) {
            for (int c = 0; c < 2; c++) {
              float[] grown = java.util.Arrays.copyOf(back[c], back[c].length + n);
              System.arraycopy(block.channel(c), 0, grown, back[c].length, n);
              back[c] = grown;
            }
          }
        }
        float[][] expected = new float[2][0];
        for (int i = 0; i < sent.size(); i++) {
          float[] x = sent.get(i);
          float[] e = expected[i % 2];
          float[] grown = java.util.Arrays.copyOf(e, e.length + x.length);
          for (int k = 0; k < x.length; k++) {
            grown[e.length + k] = gain == 1f ? x[k] : x[k] * 0.5f;
          }
          expected[i % 2] = grown;
        }
        assertThat(bits(back[0])).as("stem %d, left", stem).isEqualTo(bits(expected[0]));
        if (gain == 1f) {
          assertThat(bits(back[1])).as("stem %d, right", stem).isEqualTo(bits(expected[1]));
        }
        try (Stream<Path> left = Files.list(dir)) {
          assertThat(left.toList()).as("no spill file after reading").isEmpty();
        }
      }
    }
  }

  private static int[] bits(float[] x) {
    int[] b = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = Float.floatToRawIntBits(x[i]);
    }
    return b;
  }
}
