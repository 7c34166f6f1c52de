package dev.cadenza.audio;

import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import dev.cadenza.io.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a WAV (RIFF or RF64) file as float blocks with bounded memory: PCM 8/16/24/32-bit, float
 * 32/64-bit, G.711 A-law and µ-law, WAVE_FORMAT_EXTENSIBLE. Reads files and non-seekable streams; a
 * data chunk of unknown length (0 or 0xFFFFFFFF) is read to the end of the stream, and a truncated
 * one is used up to its last whole frame, with a warning.
 */
public final class WavReader implements AudioSource {

  private static final VarHandle SHORT_LE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final float[] MU_LAW = G711.muLawTable();
  private static final float[] A_LAW = G711.aLawTable();

  private final InputStream in;
  private final String name;
  private final String container;
  private final AudioFormat format;
  private final int blockAlign;
  private final long declaredFrames;

  /** Frames the stream will deliver, once the header has been checked against the file; or -1. */
  private long expectedFrames;

  private final List<String> warnings;

  /** Data bytes still to read, or -1 to read to the end of the stream. */
  private long remaining;

  private long missingFrames;

  private boolean replaceNonFinite;
  private long nonFiniteSamples;
  private byte[] bytes = new byte[0];
  private long framesRead;
  private boolean ended;

  private WavReader(InputStream in, String name, WavHeader header) {
    this.in = in;
    this.name = name;
    this.container = header.container();
    this.format = header.format();
    this.blockAlign = format.blockAlign();
    this.remaining = header.dataBytes();
    this.declaredFrames = header.dataBytes() < 0 ? -1 : header.dataBytes() / blockAlign;
    this.expectedFrames = declaredFrames;
    this.warnings = new ArrayList<>(header.warnings());
  }

  /** Opens a WAV file; a missing or unreadable file is a {@link MissingInputException}. */
  public static WavReader open(Path path) throws IOException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new MissingInputException(name, "is a directory, not a WAV file", null, null);
    }
    InputStream in = openFile(path);
    try {
      WavHeader header = WavHeader.read(in, name);
      if (header.fmtAfterData()) {
        in.close();
        in = openFile(path);
        in.skipNBytes(header.dataOffset());
      }
      WavReader reader = new WavReader(in, name, header);
      reader.checkLength(Files.size(path) - header.dataOffset());
      return reader;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Reads a WAV from a stream that cannot seek, such as standard input. */
  public static WavReader open(InputStream in, String name) throws IOException {
    WavHeader header = WavHeader.read(in, name);
    if (header.fmtAfterData()) {
      throw new BadInputException(
          name,
          "the fmt chunk follows the data chunk, which cannot be read from a pipe",
          "save it to a file first");
    }
    return new WavReader(in, name, header);
  }

  private static InputStream openFile(Path path) {
    return InputFile.open(path);
  }

  /** Compares the declared data length with what the file holds. */
  private void checkLength(long available) {
    if (remaining < 0) {
      return;
    }
    if (available < remaining) {
      warnings.add(
          "file is truncated: header declares "
              + declaredFrames
              + " frames, the file holds "
              + available / blockAlign
              + "; using those");
      remaining = available;
      expectedFrames = available / blockAlign;
      missingFrames = declaredFrames - expectedFrames;
    }
    if (expectedFrames == 0) {
      throw new BadInputException(name, "no audio (the data chunk holds no samples)", null);
    }
  }

  @Override
  public AudioFormat format() {
    return format;
  }

  /** {@code wav} or {@code rf64}. */
  @Override
  public String container() {
    return container;
  }

  /**
   * The number of frames the header declares (for a file: as many of them as the file holds), or -1
   * when the header does not say.
   */
  @Override
  public long frameCount() {
    return expectedFrames;
  }

  /** Frames delivered so far. */
  public long framesRead() {
    return framesRead;
  }

  /**
   * Makes NaN and infinite float samples read as 0 and be counted ({@link #nonFiniteSamples()})
   * instead of stopping the read: for checks that report damaged audio rather than refuse it.
   */
  public WavReader replacingNonFinite() {
    this.replaceNonFinite = true;
    return this;
  }

  /**
   * Frames the header declares that the file does not hold (a cut-off or damaged file), as known so
   * far: from the file's size when opened, or from where a stream ended.
   */
  public long missingFrames() {
    return missingFrames;
  }

  /** Non-finite samples replaced by 0 so far (only with {@link #replacingNonFinite()}). */
  public long nonFiniteSamples() {
    return nonFiniteSamples;
  }

  /** Problems found that did not stop reading: a truncated file, an odd channel mask. */
  @Override
  public List<String> warnings() {
    if (nonFiniteSamples == 0) {
      return List.copyOf(warnings);
    }
    List<String> all = new ArrayList<>(warnings);
    all.add("replaced " + nonFiniteSamples + " non-finite samples (NaN or infinity) with 0");
    return all;
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    if (block.channels() != format.channels()) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, stream " + format.channels());
    }
    if (ended) {
      block.setFrames(0);
      return 0;
    }
    int wantBytes = block.capacity() * blockAlign;
    if (remaining >= 0 && remaining < wantBytes) {
      wantBytes = (int) remaining;
    }
    if (bytes.length < wantBytes) {
      bytes = new byte[wantBytes];
    }
    int got = in.readNBytes(bytes, 0, wantBytes);
    if (remaining >= 0) {
      remaining -= got;
    }
    int frames = got / blockAlign;
    if (got < wantBytes) {
      ended = true;
      if (remaining > 0) {
        missingFrames = Math.max(missingFrames, declaredFrames - (framesRead + frames));
        warnings.add(
            "stream ended early: header declares "
                + declaredFrames
                + " frames, got "
                + (framesRead + frames));
      }
      if (got % blockAlign != 0) {
        warnings.add(
            "ignored " + got % blockAlign + " bytes of an incomplete frame at the end of the data");
      }
    }
    if (remaining == 0) {
      ended = true;
    }
    decode(bytes, frames, block);
    block.setFrames(frames);
    framesRead += frames;
    if (framesRead == 0 && ended) {
      throw new BadInputException(name, "no audio (the data chunk holds no samples)", null);
    }
    return frames;
  }

  private void decode(byte[] src, int frames, AudioBlock block) {
    int channels = format.channels();
    for (int c = 0; c < channels; c++) {
      float[] dst = block.channel(c);
      switch (format.encoding()) {
        case PCM -> decodePcm(src, frames, c, dst);
        case FLOAT -> decodeFloat(src, frames, c, dst);
        case MU_LAW -> decodeTable(src, frames, c, dst, MU_LAW);
        case A_LAW -> decodeTable(src, frames, c, dst, A_LAW);
      }
    }
  }

  private void decodePcm(byte[] src, int frames, int channel, float[] dst) {
    int stride = blockAlign;
    switch (format.bitsPerSample()) {
      case 8 -> {
        for (int i = 0, at = channel; i < frames; i++, at += stride) {
          dst[i] = ((src[at] & 0xFF) - 128) * (1f / 128);
        }
      }
      case 16 -> {
        for (int i = 0, at = channel * 2; i < frames; i++, at += stride) {
          dst[i] = (short) SHORT_LE.get(src, at) * (1f / 32768);
        }
      }
      case 24 -> {
        for (int i = 0, at = channel * 3; i < frames; i++, at += stride) {
          int v = (src[at] & 0xFF) << 8 | (src[at + 1] & 0xFF) << 16 | src[at + 2] << 24;
          dst[i] = (v >> 8) * (1f / 8388608);
        }
      }
      case 32 -> {
        for (int i = 0, at = channel * 4; i < frames; i++, at += stride) {
          dst[i] = (int) INT_LE.get(src, at) * (1f / 2147483648f);
        }
      }
      default -> throw new IllegalStateException("container bits " + format.bitsPerSample());
    }
  }

  private void decodeFloat(byte[] src, int frames, int channel, float[] dst) {
    int stride = blockAlign;
    if (format.bitsPerSample() == 32) {
      for (int i = 0, at = channel * 4; i < frames; i++, at += stride) {
        float v = Float.intBitsToFloat((int) INT_LE.get(src, at));
        dst[i] = Float.isFinite(v) ? v : nonFinite(i, channel);
      }
    } else {
      for (int i = 0, at = channel * 8; i < frames; i++, at += stride) {
        float v = (float) Double.longBitsToDouble((long) LONG_LE.get(src, at));
        dst[i] = Float.isFinite(v) ? v : nonFinite(i, channel);
      }
    }
  }

  private void decodeTable(byte[] src, int frames, int channel, float[] dst, float[] table) {
    for (int i = 0, at = channel; i < frames; i++, at += blockAlign) {
      dst[i] = table[src[at] & 0xFF];
    }
  }

  /** Counts a non-finite sample and returns its replacement, or rejects the file. */
  private float nonFinite(int frameInBlock, int channel) {
    if (replaceNonFinite) {
      nonFiniteSamples++;
      return 0f;
    }
    double seconds = (double) (framesRead + frameInBlock) / format.sampleRate();
    throw new BadInputException(
        name,
        String.format(
            "non-finite sample (NaN or infinity) in channel %d at %.6f s (frame %d)",
            channel + 1, seconds, framesRead + frameInBlock),
        "the file is damaged; repair or re-export it");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
