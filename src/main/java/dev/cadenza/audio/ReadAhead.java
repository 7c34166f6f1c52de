package dev.cadenza.audio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A source read on a thread of its own, a few blocks ahead of its reader: whatever the source
 * computes (a processor chain, say) runs on one core while the reader works on the blocks before on
 * another. The source sees exactly the reads the reader makes — blocks of the reader's capacity,
 * one after the other — so the frames are the same bits; only the time they take overlaps. The
 * reader must read with blocks of one capacity.
 */
public final class ReadAhead extends ForwardingSource {
  /** Blocks in circulation: enough that neither side waits for the other on every block. */
  private static final int POOL = 4;

  private final BlockingQueue<AudioBlock> free = new ArrayBlockingQueue<>(POOL);
  private final BlockingQueue<AudioBlock> full = new ArrayBlockingQueue<>(POOL + 1);

  /** Put in {@link #full} after the last block (or in place of the next, on a failure). */
  private final AudioBlock end = new AudioBlock(1, 1);

  private Thread reader;
  private volatile Throwable failure;
  private volatile boolean closed;
  private boolean ended;

  public ReadAhead(AudioSource source) {
    super(source);
  }

  @Override
  public int read(AudioBlock block) throws IOException {
    if (reader == null) {
      start(block.channels(), block.capacity());
    }
    if (ended) {
      return 0;
    }
    AudioBlock next = take();
    if (next == end) {
      ended = true;
      rethrow();
      return 0;
    }
    if (next.capacity() != block.capacity()) {
      throw new IllegalArgumentException("read ahead with blocks of one capacity only");
    }
    int n = next.frames();
    for (int c = 0; c < block.channels(); c++) {
      System.arraycopy(next.channel(c), 0, block.channel(c), 0, n);
    }
    block.setFrames(n);
    free.add(next);
    return n;
  }

  private void start(int channels, int capacity) {
    for (int i = 0; i < POOL; i++) {
      free.add(new AudioBlock(channels, capacity));
    }
    reader = new Thread(this::readAll, "cadenza-read-ahead");
    reader.setDaemon(true);
    reader.start();
  }

  /** The reading thread: fills free blocks until the source ends, fails or the view is closed. */
  private void readAll() {
    try {
      while (true) {
        AudioBlock block = free.take();
        if (closed || source.read(block) <= 0) {
          break;
        }
        full.put(block);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    }
    // Room is left for it: the queue holds every block and one more.
    full.offer(end);
  }

  private AudioBlock take() throws IOException {
    try {
      return full.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading ahead");
    }
  }

  private void rethrow() throws IOException {
    Throwable t = failure;
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  /**
   * Stops the reading thread, then closes the source. The thread is not interrupted: an interrupt
   * in the middle of a read would close the file channel the source may share with other readers.
   */
  @Override
  public void close() throws IOException {
    if (reader != null) {
      closed = true;
      // Unblocks a reader waiting for room or for a free block; it then sees the flag.
      full.clear();
      free.offer(new AudioBlock(1, 1));
      try {
        reader.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    super.close();
  }
}
