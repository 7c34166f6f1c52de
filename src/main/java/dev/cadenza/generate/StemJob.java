package dev.cadenza.generate;

import dev.cadenza.audio.WavWriter;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Part;
import dev.cadenza.io.FileSet;
import java.io.IOException;
import java.util.Optional;

/**
 * The work of one stem, run on a rendering thread: render the part, deliver the stem, give the disk
 * thread its file to flush, and add the file to the track's set, which is moved into place whole.
 * Seeds depend only on the part, so the files are bit-identical whatever the thread count.
 */
final class StemJob {
  private final Arrangement arrangement;
  private final StemRendering rendering;
  private final Generator.StemSink sink;
  private final StemWriter writer;
  private final StorePool stores;
  private final RenderScheduler scheduler;
  private final FileSet files;

  StemJob(
      Arrangement arrangement,
      StemRendering rendering,
      Generator.StemSink sink,
      StemWriter writer,
      StorePool stores,
      RenderScheduler scheduler,
      FileSet files) {
    this.arrangement = arrangement;
    this.rendering = rendering;
    this.sink = sink;
    this.writer = writer;
    this.stores = stores;
    this.scheduler = scheduler;
    this.files = files;
  }

  /** Renders and delivers part {@code index}. */
  Void run(int index) throws IOException {
    Part p = arrangement.parts().get(index);
    long seed = Generator.stemSeed(arrangement.seed(), p.name());
    float[][] buffer = sink.wholeBuffer(index, rendering.frames());
    Optional<WavWriter> written =
        rendering.heldWhole(buffer) ? whole(index, p, seed, buffer) : streamed(index, p, seed);
    written.ifPresent(
        w -> {
          files.add(w.completedFile());
          scheduler.onDisk(() -> StemWriter.prepare(w));
        });
    return null;
  }

  private Optional<WavWriter> whole(int index, Part p, long seed, float[][] buffer)
      throws IOException {
    float[][] stem = buffer == null ? new float[2][rendering.frames()] : buffer;
    return writer.deliver(index, p.name(), rendering.whole(p, seed, stem), seed);
  }

  private Optional<WavWriter> streamed(int index, Part p, long seed) throws IOException {
    StemStore store = stores.take();
    boolean reusable = false;
    try {
      Optional<WavWriter> written =
          writer.deliver(
              index,
              p.name(),
              rendering.streamed(p, seed, store, frames -> sink.rendered(index, frames)),
              seed);
      reusable = true;
      return written;
    } finally {
      stores.giveBack(store, reusable);
    }
  }
}
