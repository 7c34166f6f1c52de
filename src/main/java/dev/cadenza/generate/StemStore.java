package dev.cadenza.generate;

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
  /** A consumer of segments read back, in order. */
  interface Sink {
    /** Frames {@code [offset, offset + frames)} of the arrays are the next segment. */
    void accept(float[] left, float[] right, int offset, int frames) throws IOException;
  }

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
   * @param heapSegments segments kept in memory; the rest go to a file in {@code folder}
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
        Path file = Files.createTempFile(folder, ".stem", ".spill");
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
   * Hands every segment back in order, in arrays the sink may change but not keep; then empties the
   * store for the next stem (its memory is reused).
   */
  void drain(Sink sink) throws IOException {
    long left = segments;
    for (int i = 0; i < heapUsed; i++, left--) {
      float[][] chunk = heap.get(i / SEGMENTS_PER_CHUNK);
      int offset = (i % SEGMENTS_PER_CHUNK) * segment;
      sink.accept(chunk[0], chunk[1], offset, left == 1 ? lastFrames : segment);
    }
    if (spill != null) {
      float[][] chunk = heap.isEmpty() ? new float[2][segment] : heap.get(0);
      spill.position(0);
      for (; left > 0; left--) {
        int frames = left == 1 ? lastFrames : segment;
        io.clear();
        io.limit(2 * 4 * frames);
        while (io.hasRemaining()) {
          if (spill.read(io) < 0) {
            throw new IOException("stem spill file ended early");
          }
        }
        io.flip();
        FloatBuffer f = io.asFloatBuffer();
        f.get(chunk[0], 0, frames);
        f.get(chunk[1], 0, frames);
        sink.accept(chunk[0], chunk[1], 0, frames);
      }
      spill.close();
      spill = null;
    }
    heapUsed = 0;
    segments = 0;
    lastFrames = 0;
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
