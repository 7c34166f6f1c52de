package dev.cadenza.analyze.loudness;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.spec.LoudnessResult;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal streaming reader of 16-bit PCM and 32-bit float WAV files for the benchmark only, so
 * the end-to-end timing includes decoding. Not a general WAV reader: no extensible format, no other
 * sample sizes, no validation beyond what the benchmark's own files need.
 */
final class BenchWavSource implements AudioSource {
  private final DataInputStream in;
  private final AudioFormat format;
  private final boolean isFloat;
  private final int channels;
  private long remainingBytes;
  private byte[] buffer = new byte[0];

  BenchWavSource(Path path) throws IOException {
    in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
    byte[] riff = in.readNBytes(12);
    if (riff.length < 12 || riff[0] != 'R' || riff[8] != 'W') {
      throw new IOException(path + ": not a RIFF/WAVE file");
    }
    int rate = 0;
    int channels = 0;
    int format = 0;
    int bits = 0;
    while (true) {
      byte[] id = in.readNBytes(4);
      if (id.length < 4) {
        throw new EOFException(path + ": no data chunk");
      }
      long size = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
      String name = new String(id, java.nio.charset.StandardCharsets.US_ASCII);
      if (name.equals("fmt ")) {
        ByteBuffer fmt = ByteBuffer.wrap(in.readNBytes((int) size)).order(ByteOrder.LITTLE_ENDIAN);
        format = fmt.getShort(0) & 0xFFFF;
        channels = fmt.getShort(2);
        rate = fmt.getInt(4);
        bits = fmt.getShort(14);
        if (size % 2 == 1) {
          in.skipNBytes(1);
        }
      } else if (name.equals("data")) {
        remainingBytes = size;
        break;
      } else {
        in.skipNBytes(size + (size % 2));
      }
    }
    boolean pcm16 = format == 1 && bits == 16;
    boolean float32 = format == 3 && bits == 32;
    if (!pcm16 && !float32) {
      throw new IOException(path + ": only 16-bit PCM and 32-bit float are read here");
    }
    this.isFloat = float32;
    this.channels = channels;
    this.format = AudioFormat.floatFormat(rate, channels);
  }

  @Override
  public AudioFormat format() {
    return format;
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    int bytesPerFrame = channels * (isFloat ? 4 : 2);
    int frames = (int) Math.min(block.capacity(), remainingBytes / bytesPerFrame);
    int bytes = frames * bytesPerFrame;
    if (buffer.length < bytes) {
      buffer = new byte[bytes];
    }
    in.readFully(buffer, 0, bytes);
    remainingBytes -= bytes;
    ByteBuffer data = ByteBuffer.wrap(buffer, 0, bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int f = 0; f < frames; f++) {
      for (int c = 0; c < channels; c++) {
        block.channel(c)[f] = isFloat ? data.getFloat() : data.getShort() / 32768f;
      }
    }
    block.setFrames(frames);
    return frames;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Prints the loudness of a WAV file: the end-to-end run that bench/loudness.sh times. */
  public static void main(String[] args) throws IOException {
    try (InputStream ignored = InputStream.nullInputStream();
        BenchWavSource source = new BenchWavSource(Path.of(args[0]))) {
      LoudnessResult r = LoudnessAnalyzer.analyze(source, false);
      System.out.printf(
          "I %.2f LUFS, LRA %.2f LU, true peak %.2f dBTP, max M %.2f, max S %.2f%n",
          r.integratedLufs(),
          r.loudnessRangeLu(),
          r.truePeakDbtp(),
          r.maxMomentaryLufs(),
          r.maxShortTermLufs());
    }
  }
}
