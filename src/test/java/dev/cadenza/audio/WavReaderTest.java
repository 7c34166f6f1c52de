package dev.cadenza.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WavReaderTest {

  @TempDir Path dir;

  /** Reads everything, de-interleaved: result[channel][frame]. Small blocks exercise refills. */
  static float[][] readAll(AudioSource source) throws IOException {
    int channels = source.format().channels();
    AudioBlock block = new AudioBlock(channels, 37);
    List<float[]> blocks = new ArrayList<>();
    int total = 0;
    while (source.read(block) > 0) {
      float[] copy = new float[block.frames() * channels];
      for (int c = 0; c < channels; c++) {
        System.arraycopy(block.channel(c), 0, copy, c * block.frames(), block.frames());
      }
      blocks.add(copy);
      total += block.frames();
    }
    float[][] out = new float[channels][total];
    int at = 0;
    for (float[] b : blocks) {
      int frames = b.length / channels;
      for (int c = 0; c < channels; c++) {
        System.arraycopy(b, c * frames, out[c], at, frames);
      }
      at += frames;
    }
    return out;
  }

  private static WavReader fromBytes(byte[] bytes) throws IOException {
    return WavReader.open(new ByteArrayInputStream(bytes), "test.wav");
  }

  private WavReader fromFile(byte[] bytes) throws IOException {
    Path file = dir.resolve("f.wav");
    Files.write(file, bytes);
    return WavReader.open(file);
  }

  /** Random integer codes spanning the full range of a bit depth, extremes included. */
  private static int[] codes(int bits, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] codes = new int[count];
    int min = -(1 << (bits - 1));
    int max = (1 << (bits - 1)) - 1;
    for (int i = 0; i < count; i++) {
      codes[i] = bits == 32 ? random.nextInt() : random.nextInt(min, max + 1);
    }
    codes[0] = min;
    codes[1] = max;
    codes[2] = 0;
    return codes;
  }

  @ParameterizedTest(name = "{0}-bit PCM, {1} channels, {2} Hz")
  @CsvSource({
    "8, 1, 8000",
    "8, 2, 22050",
    "16, 1, 44100",
    "16, 2, 48000",
    "16, 6, 48000",
    "24, 2, 96000",
    "24, 8, 192000",
    "32, 2, 384000",
    "32, 3, 44100",
    "12, 2, 44100",
  })
  void decodesIntegerPcmExactly(int bits, int channels, int rate) throws IOException {
    int frames = 1001;
    int[] codes = codes(bits, frames * channels, bits * 31L + channels);
    TestWav wav = TestWav.pcm(channels, rate, bits).data(TestWav.intSamples(bits, codes));
    for (WavReader reader : List.of(fromBytes(wav.bytes()), fromFile(wav.bytes()))) {
      try (reader) {
        assertThat(reader.format().sampleRate()).isEqualTo(rate);
        assertThat(reader.format().channels()).isEqualTo(channels);
        assertThat(reader.format().validBitsPerSample()).isEqualTo(bits);
        float[][] got = readAll(reader);
        assertThat(got[0]).hasSize(frames);
        double scale = StrictMath.pow(2, bits - 1);
        for (int i = 0; i < frames; i++) {
          for (int c = 0; c < channels; c++) {
            assertThat(got[c][i]).isEqualTo((float) (codes[i * channels + c] / scale));
          }
        }
      }
    }
  }

  @Test
  void decodesFloat32AndFloat64() throws IOException {
    float[] f = {0f, 0.5f, -0.25f, 1.5f, -1f, 1e-30f};
    TestWav wav32 = TestWav.pcm(2, 48000, 32).data(TestWav.floatSamples(f));
    wav32.formatTag = TestWav.FLOAT;
    float[][] got = readAll(fromBytes(wav32.bytes()));
    assertThat(got[0]).containsExactly(0f, -0.25f, -1f);
    assertThat(got[1]).containsExactly(0.5f, 1.5f, 1e-30f);

    double[] d = {0.125, -0.75, 2.0, 1e-3};
    TestWav wav64 = TestWav.pcm(1, 48000, 64).data(TestWav.doubleSamples(d));
    wav64.formatTag = TestWav.FLOAT;
    assertThat(readAll(fromBytes(wav64.bytes()))[0]).containsExactly(0.125f, -0.75f, 2.0f, 1e-3f);
  }

  @Test
  void extensibleWith24ValidBitsIn32BitContainer() throws IOException {
    int[] codes = {8388607, -8388608, 1, -1};
    // 24 significant bits, left-justified in 32-bit words.
    byte[] data = TestWav.intSamples(32, new int[] {codes[0] << 8, codes[1] << 8, 1 << 8, -1 << 8});
    TestWav wav = TestWav.pcm(2, 96000, 32).data(data);
    wav.formatTag = TestWav.EXTENSIBLE;
    wav.validBits = 24;
    wav.channelMask = 0x3;
    WavReader reader = fromBytes(wav.bytes());
    assertThat(reader.format().validBitsPerSample()).isEqualTo(24);
    assertThat(reader.format().fullScale()).isEqualTo(8388607f / 8388608f);
    float[][] got = readAll(reader);
    assertThat(got[0]).containsExactly(8388607f / 8388608f, 1f / 8388608f);
    assertThat(got[1]).containsExactly(-1f, -1f / 8388608f);
  }

  @Test
  void extensibleFloat() throws IOException {
    TestWav wav = TestWav.pcm(1, 44100, 32).data(TestWav.floatSamples(new float[] {0.25f}));
    wav.formatTag = TestWav.EXTENSIBLE;
    wav.subFormat = TestWav.FLOAT;
    wav.channelMask = 0x4;
    WavReader reader = fromBytes(wav.bytes());
    assertThat(reader.format().encoding()).isEqualTo(SampleEncoding.FLOAT);
    assertThat(reader.format().layout().name()).isEqualTo("mono");
    assertThat(readAll(reader)[0]).containsExactly(0.25f);
  }

  @ParameterizedTest(name = "mask {0} with {1} channels is {2}")
  @CsvSource({
    "0x3F, 6, 'FL,FR,FC,LFE,BL,BR', 5.1",
    "0x60F, 6, 'FL,FR,FC,LFE,SL,SR', 5.1",
    "0x63F, 8, 'FL,FR,FC,LFE,BL,BR,SL,SR', 7.1",
    "0x33, 4, 'FL,FR,BL,BR', quad",
    "0x4, 1, 'FC', mono",
  })
  void channelMaskNamesSpeakers(String mask, int channels, String names, String layout)
      throws IOException {
    TestWav wav = TestWav.pcm(channels, 48000, 16).data(new byte[2 * channels]);
    wav.formatTag = TestWav.EXTENSIBLE;
    wav.channelMask = Integer.decode(mask);
    WavReader reader = fromBytes(wav.bytes());
    assertThat(String.join(",", reader.format().layout().names())).isEqualTo(names);
    assertThat(reader.format().layout().name()).isEqualTo(layout);
    assertThat(reader.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0} channels without a mask")
  @CsvSource({
    "1, mono",
    "2, stereo",
    "3, 3.0",
    "4, quad",
    "5, 5.0",
    "6, 5.1",
    "7, 6.1",
    "8, 7.1",
  })
  void defaultLayoutsWithoutMask(int channels, String layout) throws IOException {
    TestWav wav = TestWav.pcm(channels, 48000, 16).data(new byte[2 * channels]);
    WavReader reader = fromBytes(wav.bytes());
    assertThat(reader.format().layout().name()).isEqualTo(layout);
    assertThat(reader.format().layout().names()).hasSize(channels).doesNotHaveDuplicates();
  }

  @Test
  void maskNamingTooFewSpeakersWarnsAndNamesTheRestAux() throws IOException {
    TestWav wav = TestWav.pcm(4, 48000, 16).data(new byte[8]);
    wav.formatTag = TestWav.EXTENSIBLE;
    wav.channelMask = 0x3;
    WavReader reader = fromBytes(wav.bytes());
    assertThat(reader.format().layout().names()).containsExactly("FL", "FR", "AUX1", "AUX2");
    assertThat(reader.warnings()).singleElement().asString().contains("channel mask");
  }

  @Test
  void skipsUnknownChunksAndHonoursPadBytes() throws IOException {
    int[] codes = {100, -100, 200, -200};
    TestWav wav = TestWav.pcm(2, 44100, 16).data(TestWav.intSamples(16, codes));
    wav.chunksBeforeFmt.add(TestWav.chunk("LIST", new byte[] {1, 2, 3})); // odd: one pad byte
    wav.chunksBeforeFmt.add(TestWav.chunk("JUNK", new byte[28]));
    wav.chunksAfterData.add(TestWav.chunk("id3 ", new byte[5]));
    float[][] got = readAll(fromBytes(wav.bytes()));
    assertThat(got[0]).containsExactly(100 / 32768f, 200 / 32768f);
    assertThat(got[1]).containsExactly(-100 / 32768f, -200 / 32768f);
  }

  @Test
  void oddSizedDataChunkFollowedByAChunkIsReadExactly() throws IOException {
    int[] codes = {1, 2, 3};
    TestWav wav = TestWav.pcm(1, 8000, 8).data(TestWav.intSamples(8, codes));
    wav.chunksAfterData.add(TestWav.chunk("LIST", new byte[4]));
    assertThat(readAll(fromBytes(wav.bytes()))[0]).containsExactly(1 / 128f, 2 / 128f, 3 / 128f);
  }

  @Test
  void fmtAfterDataIsReadFromAFileButNotFromAPipe() throws IOException {
    int[] codes = {5, 6, 7, 8};
    TestWav wav = TestWav.pcm(1, 44100, 16).data(TestWav.intSamples(16, codes));
    wav.fmtAfterData = true;
    assertThat(readAll(fromFile(wav.bytes()))[0])
        .containsExactly(5 / 32768f, 6 / 32768f, 7 / 32768f, 8 / 32768f);
    assertThatThrownBy(() -> fromBytes(wav.bytes()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("fmt chunk follows the data chunk");
  }

  @Test
  void rf64WithDs64Sizes() throws IOException {
    int[] codes = {1000, -1000, 2000, -2000};
    TestWav wav = TestWav.pcm(2, 48000, 16).data(TestWav.intSamples(16, codes));
    wav.riffId = "RF64";
    wav.dataSizeField = 0xFFFFFFFFL;
    WavReader reader = fromBytes(wav.bytes());
    assertThat(reader.container()).isEqualTo("rf64");
    assertThat(reader.frameCount()).isEqualTo(2);
    assertThat(readAll(reader)[0]).containsExactly(1000 / 32768f, 2000 / 32768f);
  }

  @Test
  void rf64WithoutDs64IsRejected() {
    TestWav wav = TestWav.pcm(2, 48000, 16).data(new byte[8]);
    byte[] bytes = wav.bytes();
    bytes[0] = 'R';
    bytes[1] = 'F';
    bytes[2] = '6';
    bytes[3] = '4';
    assertThatThrownBy(() -> fromBytes(bytes)).hasMessageContaining("ds64");
  }

  @ParameterizedTest(name = "data size field {0} reads to the end")
  @ValueSource(longs = {0L, 0xFFFFFFFFL})
  void streamingSizesReadToEndOfStream(long sizeField) throws IOException {
    int[] codes = codes(16, 3000, sizeField);
    TestWav wav = TestWav.pcm(2, 44100, 16).data(TestWav.intSamples(16, codes));
    wav.dataSizeField = sizeField;
    WavReader reader = fromBytes(wav.bytes());
    assertThat(reader.frameCount()).isEqualTo(-1);
    float[][] got = readAll(reader);
    assertThat(got[0]).hasSize(1500);
    assertThat(got[1][1499]).isEqualTo(codes[2999] / 32768f);
    assertThat(reader.warnings()).isEmpty();
  }

  @Test
  void truncatedDataUsesWholeFramesAndWarns() throws IOException {
    int[] codes = codes(16, 400, 7); // 200 stereo frames
    byte[] full = TestWav.intSamples(16, codes);
    byte[] partial = java.util.Arrays.copyOf(full, 101 * 4 + 3); // 101 frames and 3 stray bytes
    TestWav wav = TestWav.pcm(2, 44100, 16).data(partial);
    wav.dataSizeField = (long) full.length;
    // From a pipe the shortfall shows at the end of the stream...
    WavReader piped = fromBytes(wav.bytes());
    assertThat(readAll(piped)[0]).hasSize(101);
    assertThat(String.join("\n", piped.warnings())).contains("ended early").contains("incomplete");
    // ...from a file it is known at once.
    WavReader file = fromFile(wav.bytes());
    assertThat(file.frameCount()).isEqualTo(101);
    assertThat(readAll(file)[1][100]).isEqualTo(codes[201] / 32768f);
    assertThat(file.warnings()).singleElement().asString().contains("truncated");
  }

  @Test
  void muLawAndALawExpandPerG711() throws IOException {
    // Reference points of the G.711 tables: code -> 16-bit linear value.
    byte[] mu = {(byte) 0xFF, (byte) 0x80, 0x00, (byte) 0x7F, (byte) 0xEF, (byte) 0xFE};
    TestWav muWav = TestWav.pcm(1, 8000, 8).data(mu);
    muWav.formatTag = TestWav.MULAW;
    assertThat(readAll(fromBytes(muWav.bytes()))[0])
        .containsExactly(0f, 32124 / 32768f, -32124 / 32768f, 0f, 132 / 32768f, 8 / 32768f);

    byte[] a = {(byte) 0xD5, 0x55, (byte) 0xAA, 0x2A};
    TestWav aWav = TestWav.pcm(1, 8000, 8).data(a);
    aWav.formatTag = TestWav.ALAW;
    assertThat(readAll(fromBytes(aWav.bytes()))[0])
        .containsExactly(8 / 32768f, -8 / 32768f, 32256 / 32768f, -32256 / 32768f);
  }

  @Test
  void hugeDeclaredChunkSizesAllocateNothing() {
    TestWav wav = TestWav.pcm(2, 44100, 16);
    wav.omitData = true;
    byte[] huge = TestWav.le(8).put("LIST".getBytes()).putInt(0x7FFFFFF0).array();
    wav.chunksAfterData.add(huge);
    assertThatThrownBy(() -> fromBytes(wav.bytes())).hasMessageContaining("no data chunk");
  }

  @Test
  void readsFromANonSeekableStreamThatDeliversFewBytesAtATime() throws IOException {
    int[] codes = codes(24, 900, 3);
    byte[] bytes = TestWav.pcm(3, 48000, 24).data(TestWav.intSamples(24, codes)).bytes();
    InputStream trickle =
        new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 7));
          }
        };
    float[][] got = readAll(WavReader.open(trickle, "stdin"));
    assertThat(got[2]).hasSize(300);
    assertThat(got[2][299]).isEqualTo(codes[899] / 8388608f);
  }

  @Test
  void skipsChunksInAPipeThatCannotSeek() throws IOException {
    TestWav wav = TestWav.pcm(1, 8000, 16).data(TestWav.intSamples(16, new int[] {7, -7}));
    wav.chunksBeforeFmt.add(TestWav.chunk("LIST", new byte[3000]));
    InputStream pipe =
        new java.io.FilterInputStream(new ByteArrayInputStream(wav.bytes())) {
          @Override
          public long skip(long n) throws IOException {
            throw new IOException("Illegal seek");
          }
        };
    assertThat(readAll(WavReader.open(pipe, "stdin"))[0]).containsExactly(7 / 32768f, -7 / 32768f);
  }
}
