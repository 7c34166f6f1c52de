package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.WavEncoding;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.TrackSpec;
import org.junit.jupiter.api.Test;

/** A loopable track is exactly its bars long and joins its end to its start. */
class LoopTest {
  private static final int RATE = 44100;

  @Test
  void aLoopIsItsBarsLongAndWhatRingsPastItsEndSoundsAtItsStart() throws Exception {
    TrackSpec spec = PromptParser.standard().parse("house at 124 bpm in A minor, 8 bars, loopable");
    Arrangement loop = Composer.standard().compose(spec, 3);
    assertThat(loop.loopable()).isTrue();
    // Eight bars of 4/4 at 124 bpm, to the nearest frame.
    int length = (int) Math.round(8 * 4 * 60.0 / 124 * RATE);
    Generator.Options options = new Generator.Options(RATE, WavEncoding.FLOAT_32, 2);
    Generator.Result looped = Generator.render(loop, null, options, true);

    // The same music as a track that ends: rendered with its ring-out after the last bar.
    Arrangement once =
        new Arrangement(
            loop.seed(),
            false,
            loop.genre(),
            loop.bpm(),
            loop.key(),
            loop.meter(),
            loop.durationSeconds(),
            loop.beats(),
            loop.downbeats(),
            loop.sections(),
            loop.chords(),
            loop.keys(),
            loop.parts(),
            loop.warnings());
    Generator.Result plain = Generator.render(once, null, options, true);

    for (int s = 0; s < looped.stems().size(); s++) {
      float[][] l = looped.stems().get(s);
      float[][] p = plain.stems().get(s);
      String name = loop.parts().get(s).name();
      assertThat(l[0]).as(name).hasSize(length);
      assertThat(p[0].length).as(name + " rings out").isGreaterThan(length);
      // Played again, the loop's start carries the ring-out of its end: loop[i] = g (p[i] +
      // p[i + L] + ...), g the ratio of the two stems' peak normalisations.
      double[][] expected = new double[2][length];
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < p[c].length; i++) {
          expected[c][i % length] += p[c][i];
        }
      }
      double cross = 0;
      double energy = 0;
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < length; i++) {
          cross += l[c][i] * expected[c][i];
          energy += expected[c][i] * expected[c][i];
        }
      }
      if (energy == 0) {
        continue;
      }
      double g = cross / energy;
      double error = 0;
      double signal = 0;
      for (int c = 0; c < 2; c++) {
        for (int i = 0; i < length; i++) {
          double d = l[c][i] - g * expected[c][i];
          error += d * d;
          signal += l[c][i] * l[c][i];
        }
      }
      assertThat(Math.sqrt(error / signal)).as(name + " relative error").isLessThan(1e-5);
    }
  }
}
