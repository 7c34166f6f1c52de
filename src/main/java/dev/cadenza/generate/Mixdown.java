package dev.cadenza.generate;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.dsp.Balance;
import dev.cadenza.spec.Manifest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code generate --mixdown}: a plain sum of the kept stems at the manifest's gains and pans (pan
 * as a {@link Balance}), no processing, no limiting. A sketch to listen to, not a master.
 */
public final class Mixdown {
  private static final int BLOCK = 8192;

  private Mixdown() {}

  /** Writes the sum of {@code r}'s stems as a WAV to {@code out}, dithered with {@code seed}. */
  public static void write(
      Generator.Result r, Generator.Options options, long seed, OutputStream out)
      throws IOException {
    float[][] sum = sum(r.stems(), r.manifest().stems());
    WavWriter w =
        WavWriter.toStream(
            out,
            options.sampleRate(),
            ChannelLayout.defaultFor(2),
            options.encoding(),
            Dither.tpdf(seed),
            sum[0].length);
    writeAll(w, sum);
    w.finish();
  }

  private static float[][] sum(List<float[][]> stems, List<Manifest.Stem> placed) {
    int frames = stems.isEmpty() ? 0 : stems.get(0)[0].length;
    float[][] sum = new float[2][frames];
    for (int i = 0; i < stems.size(); i++) {
      Manifest.Stem s = placed.get(i);
      double g = StrictMath.pow(10, s.gainDb() / 20);
      float gl = (float) (g * Balance.leftWeight(s.pan()));
      float gr = (float) (g * Balance.rightWeight(s.pan()));
      float[][] x = stems.get(i);
      for (int k = 0; k < frames; k++) {
        sum[0][k] += gl * x[0][k];
        sum[1][k] += gr * x[1][k];
      }
    }
    return sum;
  }

  private static void writeAll(WavWriter w, float[][] audio) throws IOException {
    AudioBlock block = new AudioBlock(audio.length, BLOCK);
    int frames = audio[0].length;
    for (int at = 0; at < frames; at += BLOCK) {
      int n = Math.min(BLOCK, frames - at);
      for (int c = 0; c < audio.length; c++) {
        System.arraycopy(audio[c], at, block.channel(c), 0, n);
      }
      block.setFrames(n);
      w.write(block);
    }
  }
}
