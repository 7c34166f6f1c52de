package dev.cadenza.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.dsp.Audio;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwoLanesTest {

  /** A ramp: sample i of every channel is i, so each block says where it starts. */
  static float[][] ramp(int channels, int frames) {
    float[][] samples = new float[channels][frames];
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < frames; i++) {
        samples[c][i] = i;
      }
    }
    return samples;
  }

  /** Records the samples it sees, checking that every channel of a block agrees. */
  static final class Recorder implements BlockAnalyzer {
    final List<Float> seen = new ArrayList<>();

    @Override
    public void accept(dev.cadenza.audio.AudioBlock block) {
      for (int i = 0; i < block.frames(); i++) {
        float v = block.channel(0)[i];
        for (int c = 1; c < block.channels(); c++) {
          assertThat(block.channel(c)[i]).isEqualTo(v);
        }
        seen.add(v);
      }
    }
  }

  @ParameterizedTest(name = "{0} frames in blocks of {1}")
  @CsvSource({"0, 64", "1, 64", "1000, 64", "100000, 1024", "100000, 333"})
  void bothLanesSeeEverySampleInOrder(int frames, int blockFrames) throws Exception {
    Recorder here = new Recorder();
    Recorder there = new Recorder();
    Recorder alsoThere = new Recorder();
    List<Long> progress = new ArrayList<>();
    long read =
        TwoLanes.run(
            Audio.source(ramp(2, frames), 8000, blockFrames),
            blockFrames,
            List.of(here),
            List.of(there, alsoThere),
            progress::add);
    assertThat(read).isEqualTo(frames);
    for (Recorder recorder : List.of(here, there, alsoThere)) {
      assertThat(recorder.seen).hasSize(frames);
      for (int i = 0; i < frames; i++) {
        assertThat(recorder.seen.get(i)).isEqualTo((float) i);
      }
    }
    if (frames > 0) {
      assertThat(progress.get(progress.size() - 1)).isEqualTo(frames);
    }
  }

  @Test
  @Timeout(10)
  void aFailureOnTheSecondLaneReachesTheCallerWithoutAHang() {
    BlockAnalyzer failing =
        block -> {
          throw new IllegalStateException("broken analyzer");
        };
    assertThatThrownBy(
            () ->
                TwoLanes.run(
                    Audio.source(ramp(1, 200_000), 8000, 512),
                    512,
                    List.of(new Recorder()),
                    List.of(failing),
                    frames -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken analyzer");
  }

  @Test
  @Timeout(10)
  void aFailureOnTheReadingLaneStopsTheSecondLane() {
    BlockAnalyzer failing =
        block -> {
          throw new IllegalArgumentException("broken meter");
        };
    assertThatThrownBy(
            () ->
                TwoLanes.run(
                    Audio.source(ramp(1, 200_000), 8000, 512),
                    512,
                    List.of(failing),
                    List.of(new Recorder()),
                    frames -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
