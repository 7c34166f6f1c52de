package dev.cadenza.audio;

import dev.cadenza.OutputException;
import dev.cadenza.io.AtomicFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Writes float blocks as a WAV file: 16/24-bit PCM (dithered as asked) or 32-bit float.
 *
 * <p>A file is written atomically and its sizes patched at {@link #finish()}; it reserves room for
 * an RF64 ds64 chunk (a JUNK chunk, per EBU Tech 3306) and becomes RF64 when the data pass 4 GiB. A
 * stream (stdout) gets exact sizes when the frame count is known in advance, RF64 if that is over 4
 * GiB, and 0xFFFFFFFF sizes ("read to the end") otherwise.
 */
public final class WavWriter implements Closeable {
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** The largest RIFF size field; longer files must be RF64. */
  static final long RIFF_LIMIT = 0xFFFFFFFFL;

  private static final int FORMAT_PCM = 0x0001;
  private static final int FORMAT_FLOAT = 0x0003;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;
  private static final int BLOCK_FRAMES = 4096;

  /** RIFF header, ds64 or JUNK reservation, fmt (extensible is the largest), fact, data header. */
  private static final int MAX_HEADER = 12 + 36 + 8 + 40 + 12 + 8;

  private final int sampleRate;
  private final ChannelLayout layout;
  private final WavEncoding encoding;
  private final Dither dither;
  private final long rf64Threshold;
  private final AtomicFile file;
  private final OutputStream stream;
  private final long declaredFrames;
  private final int blockAlign;
  private final int headerLength;
  private final byte[] buffer;
  private final double[] noise;
  private long framesWritten;
  private boolean completed;
  private boolean finished;

  private WavWriter(
      int sampleRate,
      ChannelLayout layout,
      WavEncoding encoding,
      Dither dither,
      long rf64Threshold,
      AtomicFile file,
      OutputStream stream,
      long declaredFrames) {
    this.sampleRate = sampleRate;
    this.layout = layout;
    this.encoding = encoding;
    this.dither = encoding.isInteger() ? dither : Dither.none();
    this.rf64Threshold = rf64Threshold;
    this.file = file;
    this.stream = stream;
    this.declaredFrames = declaredFrames;
    this.blockAlign = layout.channels() * encoding.bits() / 8;
    this.buffer = new byte[BLOCK_FRAMES * blockAlign];
    this.noise = new double[encoding.isInteger() ? BLOCK_FRAMES * layout.channels() : 0];
    this.headerLength = header(0, file != null, false).remaining();
  }

  /** Starts an atomic write of {@code target}. */
  public static WavWriter create(
      Path target, int sampleRate, ChannelLayout layout, WavEncoding encoding, Dither dither) {
    return create(target, sampleRate, layout, encoding, dither, RIFF_LIMIT);
  }

  static WavWriter create(
      Path target,
      int sampleRate,
      ChannelLayout layout,
      WavEncoding encoding,
      Dither dither,
      long rf64Threshold) {
    return create(AtomicFile.create(target), sampleRate, layout, encoding, dither, rf64Threshold);
  }

  /** Starts a scratch file: written as {@link #create} writes, not flushed to disk on commit. */
  static WavWriter scratch(
      Path target, int sampleRate, ChannelLayout layout, WavEncoding encoding) {
    return create(
        AtomicFile.scratch(target), sampleRate, layout, encoding, Dither.none(), RIFF_LIMIT);
  }

  private static WavWriter create(
      AtomicFile file,
      int sampleRate,
      ChannelLayout layout,
      WavEncoding encoding,
      Dither dither,
      long rf64Threshold) {
    Path target = file.target();
    WavWriter writer =
        new WavWriter(sampleRate, layout, encoding, dither, rf64Threshold, file, null, -1);
    try {
      file.channel().write(writer.header(0, true, false));
    } catch (IOException e) {
      file.close();
      throw new OutputException(target.toString(), "cannot write: " + e.getMessage(), null, e);
    }
    return writer;
  }

  /**
   * Starts writing to a stream that cannot seek. With {@code frames} known (≥ 0) the header has
   * exact sizes and exactly that many frames must be written; with -1 the sizes say "unknown".
   */
  public static WavWriter toStream(
      OutputStream out,
      int sampleRate,
      ChannelLayout layout,
      WavEncoding encoding,
      Dither dither,
      long frames)
      throws IOException {
    return toStream(out, sampleRate, layout, encoding, dither, frames, RIFF_LIMIT);
  }

  static WavWriter toStream(
      OutputStream out,
      int sampleRate,
      ChannelLayout layout,
      WavEncoding encoding,
      Dither dither,
      long frames,
      long rf64Threshold)
      throws IOException {
    WavWriter writer =
        new WavWriter(sampleRate, layout, encoding, dither, rf64Threshold, null, out, frames);
    ByteBuffer header =
        frames < 0
            ? writer.header(-1, false, false)
            : writer.header(frames, false, writer.needsRf64(frames));
    out.write(header.array(), 0, header.remaining());
    return writer;
  }

  private boolean needsRf64(long frames) {
    return riffSize(frames) > rf64Threshold;
  }

  private long dataBytes(long frames) {
    return frames * blockAlign;
  }

  private long riffSize(long frames) {
    long data = dataBytes(frames);
    return headerLength - 8 + data + (data & 1);
  }

  public void write(AudioBlock block) throws IOException {
    if (block.channels() != layout.channels()) {
      throw new IllegalArgumentException(
          "block has " + block.channels() + " channels, writer " + layout.channels());
    }
    for (int start = 0; start < block.frames(); start += BLOCK_FRAMES) {
      int frames = Math.min(BLOCK_FRAMES, block.frames() - start);
      int bytes = encode(block, start, frames);
      if (file != null) {
        writeToFile(ByteBuffer.wrap(buffer, 0, bytes), -1);
      } else {
        stream.write(buffer, 0, bytes);
      }
      framesWritten += frames;
    }
  }

  /**
   * Encodes frames into the byte buffer, one channel at a time (a tight loop per channel, writing
   * every blockAlign-th byte) with the dither drawn beforehand in frame order, so the noise each
   * sample gets is the same as when samples are quantised frame by frame.
   */
  private int encode(AudioBlock block, int start, int frames) {
    int channels = layout.channels();
    switch (encoding) {
      case PCM_16 -> {
        dither.fill(noise, frames * channels);
        for (int c = 0; c < channels; c++) {
          float[] x = block.channel(c);
          int at = 2 * c;
          for (int i = 0, k = c; i < frames; i++, k += channels, at += blockAlign) {
            int v = Quantiser.quantise(x[start + i], 32768.0, noise[k]);
            buffer[at] = (byte) v;
            buffer[at + 1] = (byte) (v >> 8);
          }
        }
      }
      case PCM_24 -> {
        dither.fill(noise, frames * channels);
        if (channels == 2) {
          // Stereo, the common case, in one pass over both channels.
          float[] l = block.channel(0);
          float[] r = block.channel(1);
          for (int i = 0, at = 0; i < frames; i++, at += 6) {
            int a = Quantiser.quantise(l[start + i], 8388608.0, noise[2 * i]);
            int b = Quantiser.quantise(r[start + i], 8388608.0, noise[2 * i + 1]);
            buffer[at] = (byte) a;
            buffer[at + 1] = (byte) (a >> 8);
            buffer[at + 2] = (byte) (a >> 16);
            buffer[at + 3] = (byte) b;
            buffer[at + 4] = (byte) (b >> 8);
            buffer[at + 5] = (byte) (b >> 16);
          }
          return frames * blockAlign;
        }
        for (int c = 0; c < channels; c++) {
          float[] x = block.channel(c);
          int at = 3 * c;
          for (int i = 0, k = c; i < frames; i++, k += channels, at += blockAlign) {
            int v = Quantiser.quantise(x[start + i], 8388608.0, noise[k]);
            buffer[at] = (byte) v;
            buffer[at + 1] = (byte) (v >> 8);
            buffer[at + 2] = (byte) (v >> 16);
          }
        }
      }
      case FLOAT_32 -> {
        // No dither, so the channels may be written one after the other, each with 4-byte stores.
        int stride = 4 * channels;
        for (int c = 0; c < channels; c++) {
          float[] x = block.channel(c);
          for (int i = start, to = 4 * c; i < start + frames; i++, to += stride) {
            INT_LE.set(buffer, to, Float.floatToRawIntBits(x[i]));
          }
        }
      }
    }
    return frames * blockAlign;
  }

  /** Completes the file: sizes patched and the file moved into place; or the stream flushed. */
  public void finish() throws IOException {
    complete();
    if (file != null) {
      commit();
    }
  }

  /**
   * Completes a file's contents (sizes patched) without moving it into place; {@link #commit()}
   * then flushes it to disk and moves it, possibly on another thread, so that the wait for the disk
   * can overlap other work. For a stream this is {@link #finish()}.
   */
  public void complete() throws IOException {
    if (finished || completed) {
      return;
    }
    long data = dataBytes(framesWritten);
    if (file != null) {
      if ((data & 1) == 1) {
        writeToFile(ByteBuffer.wrap(new byte[1]), -1);
      }
      writeToFile(header(framesWritten, true, needsRf64(framesWritten)), 0);
      completed = true;
      return;
    } else {
      if (declaredFrames >= 0 && framesWritten != declaredFrames) {
        throw new IllegalStateException(
            "declared " + declaredFrames + " frames but wrote " + framesWritten);
      }
      if ((data & 1) == 1) {
        stream.write(0);
      }
      stream.flush();
    }
    finished = true;
  }

  /** Flushes a completed file to disk and moves it into place. */
  public void commit() {
    if (file == null || !completed) {
      throw new IllegalStateException("commit a file after complete()");
    }
    if (!finished) {
      file.commit();
      finished = true;
    }
  }

  /**
   * Writes all of {@code bytes} to the file, at {@code position} or (when -1) where the last write
   * ended. A failure (a full disk) is an {@link OutputException} naming the file, not a bug.
   */
  private void writeToFile(ByteBuffer bytes, long position) {
    try {
      long at = position;
      while (bytes.hasRemaining()) {
        int n = at < 0 ? file.channel().write(bytes) : file.channel().write(bytes, at);
        at = at < 0 ? at : at + n;
      }
    } catch (IOException e) {
      throw new OutputException(
          file.target().toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }

  /**
   * The completed file, for a caller that moves several files into place together ({@link
   * dev.cadenza.io.FileSet}) instead of calling {@link #commit()}.
   */
  public AtomicFile completedFile() {
    if (file == null || !completed) {
      throw new IllegalStateException("a completed file is asked for after complete()");
    }
    return file;
  }

  /** Frames written so far. */
  public long framesWritten() {
    return framesWritten;
  }

  /** Abandons an unfinished file (nothing is left on disk); finished output is untouched. */
  @Override
  public void close() {
    if (file != null) {
      file.close();
    }
  }

  /**
   * The header for {@code frames} frames (-1: unknown). {@code reserve} keeps 36 bytes for a ds64
   * chunk as JUNK; {@code rf64} writes the ds64 chunk itself with the 64-bit sizes.
   */
  private ByteBuffer header(long frames, boolean reserve, boolean rf64) {
    ByteBuffer h = ByteBuffer.allocate(MAX_HEADER).order(ByteOrder.LITTLE_ENDIAN);
    boolean extensible = layout.channels() > 2;
    boolean isFloat = encoding == WavEncoding.FLOAT_32;
    long data = frames < 0 ? -1 : dataBytes(frames);
    ascii(h, rf64 ? "RF64" : "RIFF");
    int riffSizeAt = h.position();
    h.putInt(0);
    ascii(h, "WAVE");
    int ds64At = -1;
    if (rf64 || reserve) {
      ascii(h, rf64 ? "ds64" : "JUNK");
      h.putInt(28);
      ds64At = h.position();
      h.put(new byte[28]);
      if (rf64) {
        h.putLong(ds64At + 8, data);
        h.putLong(ds64At + 16, frames);
      }
    }
    ascii(h, "fmt ");
    h.putInt(extensible ? 40 : isFloat ? 18 : 16);
    h.putShort((short) (extensible ? FORMAT_EXTENSIBLE : isFloat ? FORMAT_FLOAT : FORMAT_PCM));
    h.putShort((short) layout.channels());
    h.putInt(sampleRate);
    h.putInt(sampleRate * blockAlign);
    h.putShort((short) blockAlign);
    h.putShort((short) encoding.bits());
    if (extensible) {
      h.putShort((short) 22);
      h.putShort((short) encoding.bits());
      h.putInt(layout.mask());
      h.putShort((short) (isFloat ? FORMAT_FLOAT : FORMAT_PCM));
      h.put(WavHeader.KS_DATA_FORMAT_GUID_TAIL);
    } else if (isFloat) {
      h.putShort((short) 0);
    }
    if (isFloat) {
      ascii(h, "fact");
      h.putInt(4);
      h.putInt(frames < 0 || frames > RIFF_LIMIT ? -1 : (int) frames);
    }
    ascii(h, "data");
    h.putInt(data < 0 || rf64 ? -1 : (int) data);
    int length = h.position();
    long riff = data < 0 ? -1 : length - 8 + data + (data & 1);
    if (rf64) {
      h.putInt(riffSizeAt, -1);
      h.putLong(ds64At, riff);
    } else {
      h.putInt(riffSizeAt, riff < 0 ? -1 : (int) riff);
    }
    return h.flip();
  }

  private static void ascii(ByteBuffer h, String id) {
    for (int i = 0; i < 4; i++) {
      h.put((byte) id.charAt(i));
    }
  }
}
