package dev.cadenza.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requantised samples are the ones a WAV file written and read back holds, bit for bit. */
class RequantisedTest {

  @ParameterizedTest(name = "{0}, {1} channels, blocks of {2}")
  @CsvSource({
    "PCM_24, 2, 8192",
    "PCM_24, 2, 77",
    "PCM_24, 1, 1000",
    "PCM_24, 3, 333",
    "PCM_16, 2, 500",
    "PCM_16, 1, 4096",
    "FLOAT_32, 2, 128"
  })
  void samplesEqualAFileWrittenAndReadBack(WavEncoding encoding, int channels, int blockFrames)
      throws Exception {
    int frames = 20_000;
    float[][] samples = new float[channels][frames];
    SplittableRandom random = new SplittableRandom(frames + channels * 7L + blockFrames);
    for (float[] channel : samples) {
      for (int i = 0; i < frames; i++) {
        // Mostly in range, some beyond full scale so the clamp is met on both sides.
        channel[i] = (float) (random.nextGaussian() * 0.5);
      }
    }
    samples[0][10] = 1.5f;
    samples[0][11] = -1.5f;
    samples[0][12] = 1f;
    samples[0][13] = -1f;

    ByteArrayOutputStream file = new ByteArrayOutputStream();
    WavWriter writer =
        WavWriter.toStream(
            file, 48_000, ChannelLayout.defaultFor(channels), encoding, Dither.tpdf(5), frames);
    AudioBlock whole = new AudioBlock(channels, frames);
    for (int c = 0; c < channels; c++) {
      System.arraycopy(samples[c], 0, whole.channel(c), 0, frames);
    }
    whole.setFrames(frames);
    writer.write(whole);
    writer.finish();
    float[][] expected =
        SampleArrays.read(WavReader.open(new ByteArrayInputStream(file.toByteArray()), "file"));

    float[][] got = new float[channels][frames];
    try (AudioSource requantised =
        new Requantised(SampleArrays.source(samples, 48_000), encoding, Dither.tpdf(5))) {
      AudioBlock block = new AudioBlock(channels, blockFrames);
      int at = 0;
      int n;
      while ((n = requantised.read(block)) > 0) {
        for (int c = 0; c < channels; c++) {
          System.arraycopy(block.channel(c), 0, got[c], at, n);
        }
        at += n;
      }
      assertThat(at).isEqualTo(frames);
    }
    for (int c = 0; c < channels; c++) {
      assertThat(bits(got[c])).as("channel %d", c).isEqualTo(bits(expected[c]));
    }
    if (encoding != WavEncoding.FLOAT_32) {
      assertThat(got[0][10]).as("clamped high").isLessThan(1f);
      assertThat(got[0][11]).as("clamped low").isEqualTo(-1f);
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
