package dev.cadenza.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** The stores of streamed stems, one per rendering thread, each reused from stem to stem. */
final class StorePool {
  private final BlockingQueue<StemStore> free;
  private final int heapSegments;
  private final Path spillFolder;

  /**
   * @param heapSegments segments of a stem each store keeps in memory
   * @param spillFolder where a store spills the rest (the system's temporary folder when null)
   */
  StorePool(int threads, int heapSegments, Path spillFolder) {
    this.free = new ArrayBlockingQueue<>(threads);
    this.heapSegments = heapSegments;
    this.spillFolder = spillFolder;
  }

  /** A free store, or a new one. */
  StemStore take() {
    StemStore store = free.poll();
    return store != null ? store : new StemStore(StemRenderer.SEGMENT, heapSegments, spillFolder);
  }

  /**
   * Hands a store back for the next stem; one left half full by a failure ({@code reusable} false)
   * is closed instead.
   */
  void giveBack(StemStore store, boolean reusable) throws IOException {
    if (!reusable || !free.offer(store)) {
      store.close();
    }
  }

  /** Closes the stores handed back. */
  void close() throws IOException {
    for (StemStore store : free) {
      store.close();
    }
  }
}
