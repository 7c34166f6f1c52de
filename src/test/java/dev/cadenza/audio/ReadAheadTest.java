package dev.cadenza.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading ahead changes nothing but the timing: every frame of a counting ramp comes through in
 * order, the source sees the reader's block capacity on every read, a source's failure reaches the
 * reader, and closing before the end stops the reading thread.
 */
class ReadAheadTest {
  private static final int FRAMES = 100_003;

  /** Frame i of channel c holds i + c / 2 (exact in float below 2^23), in reads of any size. */
  private static final class Ramp implements AudioSource {
    final List<Integer> capacities = new ArrayList<>();
    final long failAt;
    long position;
    boolean closed;
    volatile Thread readBy;

    Ramp(long failAt) {
      this.failAt = failAt;
    }

    @Override
    public AudioFormat format() {
      return AudioFormat.floatFormat(44_100, 2);
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      capacities.add(block.capacity());
      readBy = Thread.currentThread();
      if (position >= failAt) {
        throw new IOException("disk gone at frame " + position);
      }
      int n = (int) Math.min(block.capacity(), FRAMES - position);
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < n; i++) {
          block.channel(c)[i] = position + i + c / 2f;
        }
      }
      block.setFrames(n);
      position += n;
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void everyFrameComesThroughInOrderAsTheSourceWasAskedForIt() throws IOException {
    Ramp ramp = new Ramp(Long.MAX_VALUE);
    AudioBlock block = new AudioBlock(2, 1000);
    long expected = 0;
    try (ReadAhead ahead = new ReadAhead(ramp)) {
      int n;
      while ((n = ahead.read(block)) > 0) {
        assertThat(block.frames()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
          assertThat(block.channel(0)[i]).isEqualTo((float) (expected + i));
          assertThat(block.channel(1)[i]).isEqualTo(expected + i + 0.5f);
        }
        expected += n;
      }
      assertThat(ahead.read(block)).isZero();
    }
    assertThat(expected).isEqualTo(FRAMES);
    assertThat(ramp.capacities).containsOnly(1000);
    assertThat(ramp.closed).isTrue();
  }

  @Test
  void aFailureOfTheSourceReachesTheReader() throws IOException {
    Ramp ramp = new Ramp(50_000);
    AudioBlock block = new AudioBlock(2, 1000);
    try (ReadAhead ahead = new ReadAhead(ramp)) {
      assertThatThrownBy(
              () -> {
                while (ahead.read(block) > 0) {
                  assertThat(block.channel(0)[0]).isLessThan(50_000f);
                }
              })
          .isInstanceOf(IOException.class)
          .hasMessage("disk gone at frame 50000");
    }
  }

  @Test
  void closingBeforeTheEndStopsTheReadingThread() throws IOException {
    Ramp ramp = new Ramp(Long.MAX_VALUE);
    ReadAhead ahead = new ReadAhead(ramp);
    ahead.read(new AudioBlock(2, 100));
    ahead.close();
    assertThat(ramp.position).isLessThan(FRAMES);
    assertThat(ramp.readBy).isNotEqualTo(Thread.currentThread());
    assertThat(ramp.readBy.isAlive()).isFalse();
    assertThat(ramp.closed).isTrue();
  }
}
