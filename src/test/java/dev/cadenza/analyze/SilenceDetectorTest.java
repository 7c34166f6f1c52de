package dev.cadenza.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.spec.Analysis;
import org.junit.jupiter.api.Test;

class SilenceDetectorTest {

  /**
   * A frame is loud when any channel is: here only the right channel sounds, in two bursts, and the
   * blocks are reused as a reader reuses them (the flags of one block must not leak into the next).
   */
  @Test
  void anyLoudChannelMakesTheFrameLoud() {
    int rate = 1000;
    SilenceDetector detector = new SilenceDetector(rate, -60);
    AudioBlock block = new AudioBlock(2, 400);
    // 3 s in blocks of 400 frames: right channel at 0.5 over [0.5 s, 1.0 s) and [1.7 s, 2.2 s).
    for (int start = 0; start < 3 * rate; start += 400) {
      int n = Math.min(400, 3 * rate - start);
      block.setFrames(n);
      for (int i = 0; i < n; i++) {
        int frame = start + i;
        boolean on = (frame >= 500 && frame < 1000) || (frame >= 1700 && frame < 2200);
        block.channel(0)[i] = 0;
        block.channel(1)[i] = on ? 0.5f : 0;
      }
      detector.accept(block);
    }
    Analysis.Silence s = detector.result();
    assertThat(s.leadingSeconds()).isEqualTo(0.5);
    assertThat(s.trailingSeconds()).isEqualTo(0.8);
    assertThat(s.longestGapSeconds()).isEqualTo(0.7);
    assertThat(s.longestGapStartSeconds()).isEqualTo(1.0);
  }
}
