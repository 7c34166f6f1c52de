package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<float[]> back = new ArrayList<>();
        store.drain(
            (l, r, offset, n) -> {
              back.add(java.util.Arrays.copyOfRange(l, offset, offset + n));
              back.add(java.util.Arrays.copyOfRange(r, offset, offset + n));
            });
        assertThat(back).hasSameSizeAs(sent);
        for (int i = 0; i < sent.size(); i++) {
          int[] a = bits(back.get(i));
          int[] b = bits(sent.get(i));
          assertThat(a).as("stem %d, array %d", stem, i).isEqualTo(b);
        }
        try (Stream<Path> left = Files.list(dir)) {
          assertThat(left.toList()).as("no spill file after draining").isEmpty();
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
