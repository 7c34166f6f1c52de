package dev.cadenza.produce;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ForwardingSource;
import dev.cadenza.audio.Spool;
import dev.cadenza.audio.WavReader;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.generate.Generator;
import dev.cadenza.io.TemporaryFolder;
import dev.cadenza.mix.MemoryBus;
import dev.cadenza.mix.Mixer;
import dev.cadenza.mix.Reopenable;
import dev.cadenza.spec.Manifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The bus of a track too long to hold in memory (an hour of stereo floats is 1.3 GB, and {@link
 * MemoryBus} holds the bus, its sends and the strips waiting): the stems are written to files as
 * generate writes them, into the stems folder or a temporary one deleted afterwards (also when the
 * run is stopped by SIGINT or SIGTERM), and mixed from those files as mix mixes a manifest,
 * streaming, into a float spool. Same stems, strips and sums in the same order as the memory bus,
 * so the same bits; memory stays what generate and mix need.
 */
final class StreamedBus {
  /**
   * The share of the work that rendering the stems takes; mixing them onto the bus takes the rest.
   * Measured on a 10-minute house track in -Xmx256m: the stems took 84 s and the mix 62 s, 57 %.
   */
  static final double STEMS_SHARE = 0.6;

  private StreamedBus() {}

  /** What the mix of part {@code index} reads, given its stem file. */
  @FunctionalInterface
  interface Strips {
    Mixer.Stem of(int index, Reopenable stemFile);
  }

  /** Hears how far the bus is, 0 to 1, from whichever thread is working. */
  @FunctionalInterface
  interface Progress {
    void done(double fraction);
  }

  /** The manifest as generate prints it, and the bus in a spool the caller closes. */
  record Mixed(Manifest manifest, Spool bus) {}

  /**
   * Renders {@code a}'s stems into {@code stems} (null: a temporary folder) and mixes them as
   * {@code strips} says, onto a bus mixed as {@code track} asks, telling {@code progress} how far
   * it is as the stems render and as they are mixed.
   */
  static Mixed render(
      Arrangement a,
      Generator.Options options,
      Path stems,
      Mixer.Track track,
      Strips strips,
      Progress progress)
      throws IOException {
    if (stems != null) {
      return render(a, options, stems, stems, track, strips, progress);
    }
    try (TemporaryFolder folder = TemporaryFolder.create("cadenza-stems-")) {
      return render(a, options, folder.path(), null, track, strips, progress);
    }
  }

  private static Mixed render(
      Arrangement a,
      Generator.Options options,
      Path folder,
      Path stems,
      Mixer.Track track,
      Strips strips,
      Progress progress)
      throws IOException {
    int frames = Generator.frames(a, options.sampleRate());
    Generator.render(a, folder, options, new RenderProgress(a.parts().size(), frames, progress));
    List<Mixer.Stem> mixed = new ArrayList<>();
    for (int i = 0; i < a.parts().size(); i++) {
      Path file = folder.resolve(a.parts().get(i).name() + ".wav");
      mixed.add(strips.of(i, () -> WavReader.open(file)));
    }
    AudioSource bus = Mixer.open(mixed, track);
    Spool spool = Spool.of(new MixProgress(bus, progress));
    return new Mixed(Generator.manifest(a, stems, options), spool);
  }

  /** Counts the frames rendered of every stem, as a share of all of them. */
  private static final class RenderProgress implements Generator.StemSink {
    private final AtomicLongArray rendered;
    private final AtomicLong sum = new AtomicLong();
    private final int frames;
    private final Progress progress;

    RenderProgress(int parts, int frames, Progress progress) {
      this.rendered = new AtomicLongArray(parts);
      this.frames = frames;
      this.progress = progress;
    }

    @Override
    public void rendered(int index, int n) {
      rendered.addAndGet(index, n);
      report(sum.addAndGet(n));
    }

    @Override
    public void accept(int index, AudioSource stem) {
      // A stem rendered whole (a loop) told nothing until now.
      long before = rendered.getAndSet(index, frames);
      report(sum.addAndGet(frames - before));
    }

    private void report(long done) {
      progress.done(STEMS_SHARE * done / ((double) frames * rendered.length()));
    }
  }

  /** The bus as the spool reads it, telling how much of it is mixed. */
  private static final class MixProgress extends ForwardingSource {
    private final Progress progress;
    private final double frames;
    private long read;

    MixProgress(AudioSource bus, Progress progress) {
      super(bus);
      this.progress = progress;
      this.frames = Math.max(1, bus.frameCount());
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      int n = source.read(block);
      read += Math.max(0, n);
      progress.done(STEMS_SHARE + (1 - STEMS_SHARE) * Math.min(1, read / frames));
      return n;
    }
  }
}
