package dev.cadenza.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever order strips arrive in, the bus is their sum in stem order, as Mixer's bus adds them.
 */
class MemoryBusTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void anyArrivalOrderGivesTheSumInStemOrder(long seed) {
    int strips = 6;
    int frames = 1000;
    SplittableRandom random = new SplittableRandom(seed);
    float[][][] audio = new float[strips][2][];
    int[] lengths = new int[strips];
    for (int s = 0; s < strips; s++) {
      lengths[s] = s == 2 ? frames / 2 : frames; // one strip shorter than the bus
      for (int c = 0; c < 2; c++) {
        audio[s][c] = new float[lengths[s]];
        for (int i = 0; i < lengths[s]; i++) {
          // Widely different magnitudes, so the order of float additions shows in the bits.
          audio[s][c][i] = (float) (random.nextGaussian() * StrictMath.pow(10, s - 3));
        }
      }
    }
    float[][] expected = new float[2][frames];
    for (int s = 0; s < strips; s++) {
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < lengths[s]; i++) {
          expected[c][i] += audio[s][c][i];
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < strips; s++) {
      order.add(s);
    }
    Collections.shuffle(order, new Random(seed));
    MemoryBus bus = new MemoryBus(2, frames, strips);
    for (int s : order) {
      float[][] buffer = bus.buffer();
      for (int c = 0; c < 2; c++) {
        // A reused buffer holds an earlier strip; only the first lengths[s] frames are set.
        System.arraycopy(audio[s][c], 0, buffer[c], 0, lengths[s]);
      }
      bus.add(s, buffer, lengths[s]);
    }
    float[][] sum = bus.sum();
    for (int c = 0; c < 2; c++) {
      assertThat(sum[c]).as("seed %d, order %s, channel %d", seed, order, c).isEqualTo(expected[c]);
    }
  }

  @org.junit.jupiter.api.Test
  void aMissingOrRepeatedStripIsAnError() {
    MemoryBus bus = new MemoryBus(1, 4, 2);
    bus.add(1, bus.buffer(), 4);
    assertThatThrownBy(() -> bus.add(1, bus.buffer(), 4)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(bus::sum).isInstanceOf(IllegalStateException.class);
  }
}
