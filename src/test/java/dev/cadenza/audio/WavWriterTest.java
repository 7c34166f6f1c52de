package dev.cadenza.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WavWriterTest {

  @TempDir Path dir;

  /** A block whose samples lie exactly on the grid of {@code bits} bits, so no rounding occurs. */
  private static AudioBlock gridBlock(int channels, int frames, int bits, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    AudioBlock block = new AudioBlock(channels, frames);
    double steps = StrictMath.pow(2, bits - 1);
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < frames; i++) {
        block.channel(c)[i] = (float) (random.nextLong((long) -steps, (long) steps) / steps);
      }
    }
    block.setFrames(frames);
    return block;
  }

  private static void assertSameSamples(float[][] got, AudioBlock expected) {
    for (int c = 0; c < expected.channels(); c++) {
      assertThat(got[c]).hasSize(expected.frames());
      for (int i = 0; i < expected.frames(); i++) {
        assertThat(got[c][i]).as("channel %d frame %d", c, i).isEqualTo(expected.channel(c)[i]);
      }
    }
  }

  @ParameterizedTest(name = "{0}, {1} channels")
  @CsvSource({
    "PCM_16, 1",
    "PCM_16, 2",
    "PCM_24, 2",
    "PCM_24, 6",
    "FLOAT_32, 2",
    "FLOAT_32, 8",
  })
  void fileRoundTripIsExact(WavEncoding encoding, int channels) throws IOException {
    AudioBlock block = gridBlock(channels, 5001, encoding.bits() == 32 ? 24 : encoding.bits(), 1);
    Path file = dir.resolve("out.wav");
    try (WavWriter writer =
        WavWriter.create(
            file, 48000, ChannelLayout.defaultFor(channels), encoding, Dither.none())) {
      writer.write(block);
      writer.finish();
    }
    try (WavReader reader = WavReader.open(file)) {
      assertThat(reader.format().channels()).isEqualTo(channels);
      assertThat(reader.format().sampleRate()).isEqualTo(48000);
      assertThat(reader.format().bitsPerSample()).isEqualTo(encoding.bits());
      assertThat(reader.format().layout()).isEqualTo(ChannelLayout.defaultFor(channels));
      assertThat(reader.frameCount()).isEqualTo(5001);
      assertSameSamples(WavReaderTest.readAll(reader), block);
    }
    assertThat(Files.size(file) % 2).isZero();
  }

  @ParameterizedTest
  @EnumSource(WavEncoding.class)
  void withoutDitherGridSamplesSurviveExactly(WavEncoding encoding) throws IOException {
    AudioBlock block = gridBlock(2, 3333, encoding.bits() == 32 ? 24 : encoding.bits(), 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WavWriter writer =
        WavWriter.toStream(out, 44100, ChannelLayout.defaultFor(2), encoding, Dither.none(), 3333);
    writer.write(block);
    writer.finish();
    WavReader reader = WavReader.open(new ByteArrayInputStream(out.toByteArray()), "stdin");
    assertSameSamples(WavReaderTest.readAll(reader), block);
  }

  @Test
  void streamWithKnownLengthHasExactSizes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WavWriter writer =
        WavWriter.toStream(
            out, 44100, ChannelLayout.defaultFor(1), WavEncoding.PCM_24, Dither.none(), 7);
    writer.write(gridBlock(1, 7, 24, 3));
    writer.finish();
    byte[] bytes = out.toByteArray();
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(bytes, 0, 4)).isEqualTo("RIFF");
    assertThat(b.getInt(4)).isEqualTo(bytes.length - 8);
    assertThat(new String(bytes, 36, 4)).isEqualTo("data");
    assertThat(b.getInt(40)).isEqualTo(21); // 7 frames x 3 bytes, then one pad byte
    assertThat(bytes.length).isEqualTo(44 + 22);
  }

  @Test
  void streamOfUnknownLengthSaysSoAndIsReadToTheEnd() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WavWriter writer =
        WavWriter.toStream(
            out, 44100, ChannelLayout.defaultFor(2), WavEncoding.PCM_16, Dither.none(), -1);
    AudioBlock block = gridBlock(2, 1000, 16, 4);
    writer.write(block);
    writer.finish();
    ByteBuffer b = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getInt(4)).isEqualTo(-1);
    assertThat(b.getInt(40)).isEqualTo(-1);
    WavReader reader = WavReader.open(new ByteArrayInputStream(out.toByteArray()), "stdin");
    assertThat(reader.frameCount()).isEqualTo(-1);
    assertSameSamples(WavReaderTest.readAll(reader), block);
  }

  @Test
  void fileBecomesRf64WhenTheDataPassTheRiffLimit() throws IOException {
    Path file = dir.resolve("big.wav");
    AudioBlock block = gridBlock(2, 4000, 16, 5);
    try (WavWriter writer =
        WavWriter.create(
            file, 48000, ChannelLayout.defaultFor(2), WavEncoding.PCM_16, Dither.none(), 10_000)) {
      writer.write(block);
      writer.finish();
    }
    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, 0, 4)).isEqualTo("RF64");
    assertThat(new String(bytes, 12, 4)).isEqualTo("ds64");
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getLong(20)).isEqualTo(bytes.length - 8);
    assertThat(b.getLong(28)).isEqualTo(16000);
    assertThat(b.getLong(36)).isEqualTo(4000);
    try (WavReader reader = WavReader.open(file)) {
      assertThat(reader.container()).isEqualTo("rf64");
      assertSameSamples(WavReaderTest.readAll(reader), block);
    }
  }

  @Test
  void streamOfKnownLengthOverTheLimitIsRf64() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AudioBlock block = gridBlock(1, 3000, 16, 6);
    WavWriter writer =
        WavWriter.toStream(
            out, 8000, ChannelLayout.defaultFor(1), WavEncoding.PCM_16, Dither.none(), 3000, 1000);
    writer.write(block);
    writer.finish();
    WavReader reader = WavReader.open(new ByteArrayInputStream(out.toByteArray()), "stdin");
    assertThat(reader.container()).isEqualTo("rf64");
    assertThat(reader.frameCount()).isEqualTo(3000);
    assertSameSamples(WavReaderTest.readAll(reader), block);
  }

  @Test
  void unfinishedFileLeavesNothingAndKeepsWhatWasThere() throws IOException {
    Path file = dir.resolve("keep.wav");
    Files.writeString(file, "precious");
    try (WavWriter writer =
        WavWriter.create(
            file, 44100, ChannelLayout.defaultFor(2), WavEncoding.PCM_16, Dither.none())) {
      writer.write(gridBlock(2, 100, 16, 7));
      // no finish(): the run failed
    }
    assertThat(Files.readString(file)).isEqualTo("precious");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void tpdfDitherIsUnbiasedAndBoundedAndSeeded() throws IOException {
    // A constant a quarter step above zero: plain rounding would give 0 everywhere; TPDF dither
    // gives codes whose mean is the true value (the defining property of subtractive-free TPDF).
    int frames = 200_000;
    AudioBlock block = new AudioBlock(1, frames);
    java.util.Arrays.fill(block.channel(0), 0, frames, 0.25f / 32768);
    block.setFrames(frames);
    byte[] first = render(block, Dither.tpdf(42));
    byte[] again = render(block, Dither.tpdf(42));
    byte[] other = render(block, Dither.tpdf(43));
    assertThat(first).isEqualTo(again);
    assertThat(first).isNotEqualTo(other);
    WavReader reader = WavReader.open(new ByteArrayInputStream(first), "stdin");
    float[] got = WavReaderTest.readAll(reader)[0];
    double sum = 0;
    for (float v : got) {
      double code = v * 32768.0;
      assertThat(code).isBetween(-1.0, 1.0);
      sum += code;
    }
    // Standard error of the mean of TPDF noise (variance 1/6 + rounding) is about 0.001 here.
    assertThat(sum / frames).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.01));
    byte[] plain = render(block, Dither.none());
    assertThat(WavReaderTest.readAll(new WavReaderFromBytes(plain).reader())[0]).containsOnly(0f);
  }

  @Test
  void clampsOutOfRangeSamplesToFullScale() throws IOException {
    AudioBlock block = new AudioBlock(1, 2);
    block.channel(0)[0] = 1.5f;
    block.channel(0)[1] = -3f;
    block.setFrames(2);
    float[] got =
        WavReaderTest.readAll(new WavReaderFromBytes(render(block, Dither.none())).reader())[0];
    assertThat(got).containsExactly(32767 / 32768f, -1f);
  }

  private static byte[] render(AudioBlock block, Dither dither) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WavWriter writer =
        WavWriter.toStream(
            out, 44100, ChannelLayout.defaultFor(1), WavEncoding.PCM_16, dither, block.frames());
    writer.write(block);
    writer.finish();
    return out.toByteArray();
  }

  private record WavReaderFromBytes(byte[] bytes) {
    WavReader reader() throws IOException {
      return WavReader.open(new ByteArrayInputStream(bytes), "stdin");
    }
  }
}
