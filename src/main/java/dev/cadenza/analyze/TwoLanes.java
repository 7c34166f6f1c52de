package dev.cadenza.analyze;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;

/**
 * Feeds a stream to two lists of analyzers at once: the calling thread reads blocks and runs the
 * first list, a second thread runs the other list on the same blocks. Each analyzer still sees
 * every block in order on one thread, so results do not depend on timing; the two lanes only
 * overlap in time. Blocks circulate through a small pool, so memory stays bounded.
 */
final class TwoLanes {

  /** Blocks in circulation: enough that neither lane waits for the other on every block. */
  static final int POOL = 6;

  private static final AudioBlock END = new AudioBlock(1, 1);

  private TwoLanes() {}

  /**
   * Reads {@code source} to its end.
   *
   * @return the frames read
   */
  static long run(
      AudioSource source,
      int blockFrames,
      List<BlockAnalyzer> here,
      List<BlockAnalyzer> there,
      LongConsumer progress)
      throws IOException {
    int channels = source.format().channels();
    if (there.isEmpty() || here.isEmpty()) {
      List<BlockAnalyzer> all = here.isEmpty() ? there : here;
      AudioBlock block = new AudioBlock(channels, blockFrames);
      long frames = 0;
      while (source.read(block) > 0) {
        for (BlockAnalyzer analyzer : all) {
          analyzer.accept(block);
        }
        frames += block.frames();
        progress.accept(frames);
      }
      return frames;
    }
    BlockingQueue<AudioBlock> free = new ArrayBlockingQueue<>(POOL);
    BlockingQueue<AudioBlock> full = new ArrayBlockingQueue<>(POOL + 1);
    for (int i = 0; i < POOL; i++) {
      free.add(new AudioBlock(channels, blockFrames));
    }
    Throwable[] failure = new Throwable[1];
    Thread worker =
        new Thread(
            () -> {
              try {
                while (true) {
                  AudioBlock block = full.take();
                  if (block == END) {
                    return;
                  }
                  if (failure[0] == null) {
                    try {
                      for (BlockAnalyzer analyzer : there) {
                        analyzer.accept(block);
                      }
                    } catch (RuntimeException | Error e) {
                      // Keep passing blocks back so the reader never waits forever.
                      failure[0] = e;
                    }
                  }
                  free.put(block);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "cadenza-analyze");
    worker.setDaemon(true);
    worker.start();
    long frames = 0;
    boolean ended = false;
    try {
      while (true) {
        AudioBlock block = free.take();
        if (source.read(block) <= 0) {
          break;
        }
        full.put(block);
        for (BlockAnalyzer analyzer : here) {
          analyzer.accept(block);
        }
        frames += block.frames();
        progress.accept(frames);
      }
      full.put(END);
      ended = true;
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      if (!ended) {
        full.offer(END);
      }
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    return frames;
  }
}
