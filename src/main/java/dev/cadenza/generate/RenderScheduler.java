package dev.cadenza.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The threads a track renders on: a pool that renders stems, and one more thread for the disk, so
 * the renderers go on to the next stem instead of waiting for a finished one to be flushed and
 * moved into place. Work given to the disk thread runs in the order it was given.
 */
final class RenderScheduler implements AutoCloseable {
  private final ExecutorService pool;
  private final ExecutorService disk = Executors.newSingleThreadExecutor();
  private final List<Future<?>> renders = new ArrayList<>();
  private final List<Future<?>> diskWork = Collections.synchronizedList(new ArrayList<>());

  RenderScheduler(int threads) {
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /** Renders on one of the pool's threads. */
  void render(Callable<?> work) {
    renders.add(pool.submit(work));
  }

  /** Runs on the disk thread; may be called from a rendering thread. */
  void onDisk(Callable<?> work) {
    diskWork.add(disk.submit(work));
  }

  /**
   * Waits for every rendering, then for the disk work they gave; throws what the first failure
   * threw.
   */
  void awaitAll() throws IOException {
    try {
      for (Future<?> f : renders) {
        f.get();
      }
      // Every rendering is done, so no more disk work is coming.
      for (Future<?> f : diskWork) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    // Files being flushed are let finish before the caller abandons them.
    disk.shutdown();
    try {
      disk.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
