package dev.cadenza.generate;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A rendered stem kept until its peak is known and its gain can be applied: the first segments in
 * memory, up to a budget, and the rest in a temporary file that is deleted when the store is
 * closed. The samples read back are exactly the ones stored (32-bit floats either way), so where
 * they were kept changes no bit of the output; and the memory a stem needs does not grow with its
 * length.
 */
final class StemStore implements Closeable {
  /**
   * Segments per array in memory: arrays of a megabyte or more, which the launcher's
   * -XX:PretenureSizeThreshold=1m puts straight into the old generation, where no young collection
   * copies them (a 3-minute stem held as small arrays cost a 0.5 s collection).
   */
  static final int SEGMENTS_PER_CHUNK = 16;

  private final int segment;
  private final int heapSegments;
  private final Path folder;
  private final List<float[][]> heap = new ArrayList<>();
  private int heapUsed;
  private FileChannel spill;
  private ByteBuffer io;
  private long segments;
  private int lastFrames;

  /**
   * @param segment frames in every appended segment but the last
   * @param heapSegments segments kept in memory; the rest go to a file in {@code folder} (the
   *     system's temporary folder when null)
   */
  StemStore(int segment, int heapSegments, Path folder) {
    this.segment = segment;
    this.heapSegments = heapSegments;
    this.folder = folder;
  }

  /** Appends a segment; only the last one of a stem may be shorter than the segment size. */
  void append(float[] left, float[] right, int frames) throws IOException {
    if (frames < 1 || frames > segment || lastFrames < segment && segments > 0) {
      throw new IllegalStateException("segments must be full but for the last");
    }
    if (heapUsed < heapSegments) {
      int index = heapUsed / SEGMENTS_PER_CHUNK;
      if (index == heap.size()) {
        heap.add(new float[2][segment * SEGMENTS_PER_CHUNK]);
      }
      float[][] chunk = heap.get(index);
      int offset = (heapUsed % SEGMENTS_PER_CHUNK) * segment;
      System.arraycopy(left, 0, chunk[0], offset, frames);
      System.arraycopy(right, 0, chunk[1], offset, frames);
      heapUsed++;
    } else {
      if (spill == null) {
        Path file =
            folder == null
                ? Files.createTempFile(".stem", ".spill")
                : Files.createTempFile(folder, ".stem", ".spill");
        spill =
            FileChannel.open(
                file,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        io = ByteBuffer.allocateDirect(2 * 4 * segment).order(ByteOrder.LITTLE_ENDIAN);
      }
      io.clear();
      FloatBuffer f = io.asFloatBuffer();
      f.put(left, 0, frames);
      f.put(right, 0, frames);
      io.limit(2 * 4 * frames);
      while (io.hasRemaining()) {
        spill.write(io);
      }
    }
    segments++;
    lastFrames = frames;
  }

  /**
   * Reads the stored stem back from its start, every sample times {@code gain}. Closing the source
   * (or reading it to its end) empties the store for the next stem; its memory is reused.
   */
  AudioSource reader(int sampleRate, float gain) {
    return new Reader(AudioFormat.floatFormat(sampleRate, 2), gain);
  }

  private final class Reader implements AudioSource {
    private final AudioFormat format;
    private final float gain;
    private final long frames;
    private long segmentIndex;
    private int offset;
    private float[][] loaded;
    private long loadedIndex = -1;

    Reader(AudioFormat format, float gain) {
      this.format = format;
      this.gain = gain;
      this.frames = segments == 0 ? 0 : (segments - 1) * segment + lastFrames;
    }

    @Override
    public AudioFormat format() {
      return format;
    }

    @Override
    public long frameCount() {
      return frames;
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      float[] l = block.channel(0);
      float[] r = block.channel(1);
      int done = 0;
      while (done < block.capacity() && segmentIndex < segments) {
        int length = segmentIndex == segments - 1 ? lastFrames : segment;
        float[] fromL;
        float[] fromR;
        int base;
        if (segmentIndex < heapUsed) {
          float[][] chunk = heap.get((int) (segmentIndex / SEGMENTS_PER_CHUNK));
          fromL = chunk[0];
          fromR = chunk[1];
          base = (int) (segmentIndex % SEGMENTS_PER_CHUNK) * segment;
        } else {
          float[][] from = spilled(segmentIndex, length);
          fromL = from[0];
          fromR = from[1];
          base = 0;
        }
        int n = Math.min(block.capacity() - done, length - offset);
        if (gain == 1f) {
          System.arraycopy(fromL, base + offset, l, done, n);
          System.arraycopy(fromR, base + offset, r, done, n);
        } else {
          for (int i = 0; i < n; i++) {
            l[done + i] = fromL[base + offset + i] * gain;
            r[done + i] = fromR[base + offset + i] * gain;
          }
        }
        done += n;
        offset += n;
        if (offset == length) {
          offset = 0;
          segmentIndex++;
        }
      }
      block.setFrames(done);
      if (done == 0) {
        close();
      }
      return done;
    }

    /** Segment {@code index} from the spill file, which is read in order. */
    private float[][] spilled(long index, int length) throws IOException {
      if (loadedIndex == index) {
        return loaded;
      }
      if (loaded == null) {
        loaded = new float[2][segment];
        spill.position(0);
      }
      io.clear();
      io.limit(2 * 4 * length);
      while (io.hasRemaining()) {
        if (spill.read(io) < 0) {
          throw new IOException("stem spill file ended early");
        }
      }
      io.flip();
      FloatBuffer f = io.asFloatBuffer();
      f.get(loaded[0], 0, length);
      f.get(loaded[1], 0, length);
      loadedIndex = index;
      return loaded;
    }

    @Override
    public void close() throws IOException {
      if (spill != null) {
        spill.close();
        spill = null;
      }
      heapUsed = 0;
      segments = 0;
      lastFrames = 0;
    }
  }

  @Override
  public void close() throws IOException {
    if (spill != null) {
      spill.close();
      spill = null;
    }
    heap.clear();
  }
}
