package dev.cadenza.generate;

import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.SampleArrays;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.io.FileSet;
import dev.cadenza.spec.Manifest;
import dev.cadenza.synth.soundfont.Soundfont;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Arrangement → stems, MIDI and manifest. Each part renders into its own buffer or store (in
 * parallel, with seeds that depend only on the part), so the files are bit-identical whatever the
 * thread count; stems too long to hold render in segments and stream to their files.
 */
public final class Generator {
  /** Longest ring-out kept after the last bar. */
  static final double MAX_TAIL_SECONDS = 8;

  /** Stems kept in memory before the rest goes to a temporary file: 96 MB of samples. */
  private static final int HEAP_SEGMENTS = (96 << 20) / (2 * 4 * StemRenderer.SEGMENT);

  /** Bytes of a segment in a store: two channels of floats. */
  private static final long SEGMENT_BYTES = 2L * Float.BYTES * StemRenderer.SEGMENT;

  /**
   * How stems are written.
   *
   * @param sampleRate Hz
   * @param encoding sample format of every stem
   * @param threads parts rendered at once (1 renders in order)
   * @param soundfont plays the melodic parts and, with a kit of its own or of its drum-kit
   *     soundfont, the drums (see {@link SoundfontParts}), or null for the built-in engine alone
   */
  public record Options(int sampleRate, WavEncoding encoding, int threads, Soundfont soundfont) {
    /** The built-in engine alone. */
    public Options(int sampleRate, WavEncoding encoding, int threads) {
      this(sampleRate, encoding, threads, null);
    }
  }

  /** The rendered track; {@code stems} holds the audio only when it was asked to be kept. */
  public record Result(Manifest manifest, Arrangement arrangement, List<float[][]> stems) {}

  private Generator() {}

  /** Receives each rendered stem, on the thread that rendered it. */
  @FunctionalInterface
  public interface StemSink {
    /** Takes nothing: the stems are only written. */
    StemSink NONE = (index, stem) -> {};

    /**
     * Two arrays of {@code frames} samples that stem {@code index} is to be rendered into whole
     * (their contents are overwritten), or null to render it through a store whose memory does not
     * grow with the stem's length. Called on the rendering thread before the stem renders; the stem
     * handed to {@link #accept} then reads from these arrays.
     */
    default float[][] wholeBuffer(int index, int frames) {
      return null;
    }

    /**
     * {@code frames} more frames of stem {@code index} are rendered, when it is rendered through a
     * store (not into a {@link #wholeBuffer}); called on the rendering thread, so a sink can tell
     * how far a long stem is before {@link #accept} gets it.
     */
    default void rendered(int index, int frames) {}

    /**
     * {@code stem} is part {@code index} of the arrangement as its file holds it before encoding
     * (stereo floats at the stem's gain). Whatever the sink leaves unread is read after it returns,
     * so the file is always complete; closing {@code stem} does not end it.
     */
    void accept(int index, AudioSource stem) throws IOException;
  }

  /**
   * Renders an arrangement. With {@code folder} set, writes one WAV per part and the MIDI file into
   * it (creating it when missing); with {@code keepAudio}, returns the stems' samples as well.
   */
  public static Result render(Arrangement a, Path folder, Options options, boolean keepAudio)
      throws IOException {
    return render(a, folder, options, keepAudio, HEAP_SEGMENTS);
  }

  /** As above, keeping at most {@code heapSegments} segments of a stem in memory. */
  static Result render(
      Arrangement a, Path folder, Options options, boolean keepAudio, int heapSegments)
      throws IOException {
    if (!keepAudio) {
      return new Result(render(a, folder, options, StemSink.NONE, heapSegments), a, List.of());
    }
    float[][][] kept = new float[a.parts().size()][][];
    StemSink sink =
        new StemSink() {
          @Override
          public float[][] wholeBuffer(int index, int frames) {
            return kept[index] = new float[2][frames];
          }

          @Override
          public void accept(int index, AudioSource stem) throws IOException {
            // In place: each block is read from the arrays before it is written back.
            SampleArrays.readInto(stem, kept[index]);
          }
        };
    Manifest manifest = render(a, folder, options, sink, heapSegments);
    return new Result(manifest, a, List.of(kept));
  }

  /**
   * Renders an arrangement, handing each stem to {@code sink} as it is done (several at once when
   * more than one thread renders). With {@code folder} set, the stems are written there as they are
   * read, with the MIDI file.
   */
  public static Manifest render(Arrangement a, Path folder, Options options, StemSink sink)
      throws IOException {
    return render(a, folder, options, sink, HEAP_SEGMENTS);
  }

  private static Manifest render(
      Arrangement a, Path folder, Options options, StemSink sink, int heapSegments)
      throws IOException {
    int frames = frames(a, options.sampleRate());
    // A loop is rendered with its ring-out, which is then carried round onto its start.
    int rendered = a.loopable() ? withRingOut(a, options.sampleRate()) : frames;
    if (folder != null) {
      TrackFolder.create(folder);
    }
    int threads = Math.max(1, Math.min(options.threads(), a.parts().size()));
    StorePool stores = new StorePool(threads, Math.min(heapSegments, heapShare(threads)), folder);
    // The files of one run replace the folder's old ones together, or none do (FileSet).
    try (FileSet files = new FileSet();
        RenderScheduler scheduler = new RenderScheduler(threads)) {
      if (folder != null) {
        // The MIDI file needs no audio: the disk thread writes it while the stems render.
        scheduler.onDisk(() -> TrackFolder.writeMidi(folder, a, files));
      }
      StemJob job =
          new StemJob(
              a,
              new StemRendering(a, options, frames, rendered),
              sink,
              new StemWriter(folder, options, sink),
              stores,
              scheduler,
              files);
      for (int index : RenderOrder.longestFirst(a.parts())) {
        scheduler.render(() -> job.run(index));
      }
      scheduler.awaitAll();
      stores.close();
      files.commitAll();
    }
    return manifest(a, folder, options);
  }

  /**
   * The segments each of {@code threads} stores may keep in memory so that together they take at
   * most a third of the heap: with a small heap (256 MB, two threads) two stores of 96 MB ran out
   * of it before a long stem spilled to its file. What a store spills reads back as the same bits.
   */
  static int heapShare(int threads) {
    return (int) Math.max(1, Runtime.getRuntime().maxMemory() / 3 / threads / SEGMENT_BYTES);
  }

  /**
   * The manifest of {@code a} rendered into {@code folder} (null: no folder, the stems named as if
   * in the working directory).
   */
  public static Manifest manifest(Arrangement a, Path folder, Options options) {
    return TrackManifest.of(a, folder == null ? Path.of(".") : folder, options);
  }

  /**
   * The length of every stem of {@code a}: the track and the ring-out of its last notes; for a
   * loop, the track's length alone, to the nearest frame, so that it repeats without a gap.
   */
  public static int frames(Arrangement a, int sampleRate) {
    if (a.loopable()) {
      long frames = Math.round(a.durationSeconds() * sampleRate);
      if (frames < 1 || frames > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("loop length out of range at " + sampleRate + " Hz");
      }
      return (int) frames;
    }
    return withRingOut(a, sampleRate);
  }

  private static int withRingOut(Arrangement a, int sampleRate) {
    double tail = Math.min(MAX_TAIL_SECONDS, StemRenderer.ringOut(a.parts(), a.durationSeconds()));
    long frames = (long) Math.ceil((a.durationSeconds() + tail) * sampleRate);
    if (frames > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("track too long to render at " + sampleRate + " Hz");
    }
    return (int) frames;
  }

  /** The seed of a stem's rendering and of its dither. */
  public static long stemSeed(long seed, String name) {
    return StemRenderer.mix(seed + StemRenderer.mix(name.hashCode()));
  }
}
