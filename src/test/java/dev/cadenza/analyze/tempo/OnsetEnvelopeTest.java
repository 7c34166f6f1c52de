package dev.cadenza.analyze.tempo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.audio.AudioBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnsetEnvelopeTest {

  /** Clicks (5 ms noise-free decaying bursts) every 0.7 s starting at 0.5 s. */
  @ParameterizedTest(name = "{0} Hz")
  @ValueSource(ints = {8000, 22_050, 44_100, 48_000, 96_000})
  void envelopePeaksAtClicksAtAnyRate(int rate) {
    int seconds = 8;
    float[] mono = new float[rate * seconds];
    int clicks = 0;
    for (double t = 0.5; t < seconds - 0.5; t += 0.7) {
      int start = (int) Math.round(t * rate);
      for (int i = 0; i < rate / 200; i++) {
        double decay = Math.exp(-i / (rate * 0.002));
        mono[start + i] += (float) (0.5 * decay * Math.sin(2 * Math.PI * 1000.0 * i / rate));
      }
      clicks++;
    }
    OnsetEnvelope envelope = new OnsetEnvelope(rate);
    AudioBlock block = new AudioBlock(1, 1000);
    for (int start = 0; start < mono.length; start += 1000) {
      int n = Math.min(1000, mono.length - start);
      System.arraycopy(mono, start, block.channel(0), 0, n);
      block.setFrames(n);
      envelope.accept(block);
    }
    float[] flux = envelope.trimmed()[0];
    assertThat(envelope.frameRate()).isBetween(100.0, 200.0);
    // Each click's envelope maximum, searched within 60 ms, sits within 15 ms of the click.
    int found = 0;
    for (double t = 0.5; t < seconds - 0.5; t += 0.7) {
      int best = -1;
      for (int f = 0; f < flux.length; f++) {
        double time = envelope.timeOfFrame(f);
        if (Math.abs(time - t) < 0.06 && (best < 0 || flux[f] > flux[best])) {
          best = f;
        }
      }
      assertThat(best).isNotNegative();
      assertThat(envelope.timeOfFrame(best)).as("click at %.2f s", t).isCloseTo(t, within(0.015));
      found++;
    }
    assertThat(found).isEqualTo(clicks);
  }
}
