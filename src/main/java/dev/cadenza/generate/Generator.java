package dev.cadenza.generate;

import dev.cadenza.OutputException;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.SampleArrays;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.ChordSpan;
import dev.cadenza.compose.FormSection;
import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.Instrument;
import dev.cadenza.synth.Instruments;
import dev.cadenza.synth.soundfont.Soundfont;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Arrangement → stems, MIDI and manifest. Each part renders into its own buffer (in parallel, with
 * seeds that depend only on the part), so the files are bit-identical whatever the thread count.
 */
public final class Generator {
  /** Longest ring-out kept after the last bar. */
  static final double MAX_TAIL_SECONDS = 8;

  static final String MIDI_FILE = "arrangement.mid";
  private static final int BLOCK = 8192;

  /**
   * How stems are written.
   *
   * @param sampleRate Hz
   * @param encoding sample format of every stem
   * @param threads parts rendered at once (1 renders in order)
   * @param soundfont plays the melodic parts (see {@link SoundfontParts}), or null for the built-in
   *     engine alone
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
     * {@code stem} is part {@code index} of the arrangement as its file holds it before encoding
     * (stereo floats at the stem's gain). Whatever the sink leaves unread is read after it returns,
     * so the file is always complete.
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
    int rate = options.sampleRate();
    int frames = frames(a, rate);
    // A loop is rendered with its ring-out, which is then carried round onto its start.
    int rendered = a.loopable() ? withRingOut(a, rate) : frames;
    if (folder != null) {
      createFolder(folder);
    }
    List<Part> parts = a.parts();
    int threads = Math.max(1, Math.min(options.threads(), parts.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // Each thread reuses one store between stems.
    BlockingQueue<StemStore> stores = new ArrayBlockingQueue<>(threads);
    // A finished stem is flushed to disk and moved into place by one more thread, so the renderers
    // go on to the next stem instead of waiting for the disk.
    ExecutorService disk = Executors.newSingleThreadExecutor();
    List<Future<?>> commits = Collections.synchronizedList(new ArrayList<>());
    try {
      if (folder != null) {
        // The MIDI file needs no audio: the disk thread writes it while the stems render.
        commits.add(
            disk.submit(
                () -> {
                  writeBytes(folder.resolve(MIDI_FILE), MidiExport.toBytes(a));
                  return null;
                }));
      }
      List<Future<?>> futures = new ArrayList<>();
      // The longest stems start first, so no thread is left with a long one at the end while the
      // others idle.
      for (int index : longestFirst(parts)) {
        Part p = parts.get(index);
        futures.add(
            pool.submit(
                () -> {
                  long seed = stemSeed(a.seed(), p.name());
                  Path file = folder == null ? null : folder.resolve(p.name() + ".wav");
                  float[][] whole = sink.wholeBuffer(index, frames);
                  boolean soundfont =
                      options.soundfont() != null && SoundfontParts.standard().plays(p);
                  Optional<WavWriter> written;
                  if (soundfont || a.loopable() || whole != null) {
                    // Held whole in memory: the synthesizer renders a part whole, a loop's
                    // ring-out is folded onto its start, and some sinks keep the stem.
                    float[][] stem = whole == null ? new float[2][frames] : whole;
                    float gain;
                    if (soundfont) {
                      // Onto silence, with a loop's ring-out in a longer buffer first.
                      float[][] audio = a.loopable() ? new float[2][rendered] : stem;
                      SoundfontParts.standard()
                          .render(p, options.soundfont(), silence(audio), rate);
                      if (a.loopable()) {
                        fold(audio, 0, rendered, silence(stem));
                      }
                      gain = 1f;
                    } else if (a.loopable()) {
                      gain = renderLoop(new StemRenderer(p, rate, seed, rendered), stem);
                    } else {
                      gain = renderInto(new StemRenderer(p, rate, seed, frames), stem);
                    }
                    written =
                        deliver(
                            index,
                            SampleArrays.source(stem, rate, gain),
                            file,
                            options,
                            seed,
                            sink);
                  } else {
                    StemStore store = stores.poll();
                    if (store == null) {
                      store = new StemStore(StemRenderer.SEGMENT, heapSegments, folder);
                    }
                    boolean reusable = false;
                    try {
                      float gain = renderInto(new StemRenderer(p, rate, seed, frames), store);
                      written = deliver(index, store.reader(rate, gain), file, options, seed, sink);
                      reusable = true;
                    } finally {
                      // A store left half full by a failure is not handed to the next stem.
                      if (!reusable || !stores.offer(store)) {
                        store.close();
                      }
                    }
                  }
                  written.ifPresent(w -> commits.add(disk.submit(() -> commit(w))));
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      for (Future<?> f : commits) {
        f.get();
      }
      for (StemStore store : stores) {
        store.close();
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
    } finally {
      pool.shutdownNow();
      // Stems already written are still moved into place, as when rendering one after another.
      disk.shutdown();
    }
    return manifest(a, folder == null ? Path.of(".") : folder, options);
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

  /**
   * Renders a loop's stem with its ring-out into {@code loop} (contents overwritten), each frame
   * past the loop's end added onto the frame a loop length earlier, as it sounds when the loop
   * plays again; returns the gain that brings the folded stem's peak within the limit.
   */
  private static float renderLoop(StemRenderer renderer, float[][] loop) {
    silence(loop);
    float[][] segment = new float[2][StemRenderer.SEGMENT];
    for (int at = 0; renderer.remaining() > 0; at += StemRenderer.SEGMENT) {
      int n = (int) Math.min(StemRenderer.SEGMENT, renderer.remaining());
      renderer.next(segment[0], segment[1], 0, n);
      fold(segment, at, n, loop);
    }
    return StemRenderer.gainFor(StemRenderer.peak(0, loop[0], loop[1], 0, loop[0].length));
  }

  /** Sets every sample of {@code audio} to zero; returns it. */
  private static float[][] silence(float[][] audio) {
    for (float[] channel : audio) {
      Arrays.fill(channel, 0f);
    }
    return audio;
  }

  /**
   * Adds frames {@code [0, n)} of {@code from}, which are frames {@code [at, at + n)} of the
   * rendering, onto {@code loop} at those frames modulo the loop's length.
   */
  private static void fold(float[][] from, int at, int n, float[][] loop) {
    int length = loop[0].length;
    for (int c = 0; c < 2; c++) {
      float[] src = from[c];
      float[] dst = loop[c];
      for (int i = 0; i < n; i++) {
        dst[(int) ((at + (long) i) % length)] += src[i];
      }
    }
  }

  /** Part indices by decreasing sound to render (total sounding time of their notes). */
  static List<Integer> longestFirst(List<Part> parts) {
    double[] work = new double[parts.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Map<String, Instrument> instruments = new TreeMap<>();
      for (Note n : parts.get(i).notes()) {
        work[i] +=
            instruments
                .computeIfAbsent(n.instrument(), Instruments::create)
                .soundingSeconds(n.event());
      }
      order.add(i);
    }
    order.sort((x, y) -> Double.compare(work[y], work[x]));
    return order;
  }

  /** The seed of a stem's rendering and of its dither. */
  public static long stemSeed(long seed, String name) {
    return StemRenderer.mix(seed + StemRenderer.mix(name.hashCode()));
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new OutputException(
          folder.toString(), "cannot create folder: " + e.getMessage(), null, e);
    }
  }

  /** Stems kept in memory before the rest goes to a temporary file: 96 MB of samples. */
  private static final int HEAP_SEGMENTS = (96 << 20) / (2 * 4 * StemRenderer.SEGMENT);

  /**
   * Renders a stem segment by segment into {@code store}; returns the gain that brings its peak
   * within the limit.
   */
  private static float renderInto(StemRenderer renderer, StemStore store) throws IOException {
    float[] l = new float[StemRenderer.SEGMENT];
    float[] r = new float[StemRenderer.SEGMENT];
    float peak = 0;
    while (renderer.remaining() > 0) {
      int n = (int) Math.min(StemRenderer.SEGMENT, renderer.remaining());
      renderer.next(l, r, 0, n);
      peak = StemRenderer.peak(peak, l, r, 0, n);
      store.append(l, r, n);
    }
    return StemRenderer.gainFor(peak);
  }

  /**
   * Renders a whole stem into {@code out}; returns the gain that brings its peak within the limit.
   */
  private static float renderInto(StemRenderer renderer, float[][] out) {
    int frames = out[0].length;
    float peak = 0;
    for (int at = 0; at < frames; at += StemRenderer.SEGMENT) {
      int n = Math.min(StemRenderer.SEGMENT, frames - at);
      renderer.next(out[0], out[1], at, n);
      peak = StemRenderer.peak(peak, out[0], out[1], at, n);
    }
    return StemRenderer.gainFor(peak);
  }

  /**
   * Hands a finished stem to the sink, writing it to {@code file} (when not null) as it is read;
   * returns the file's writer, complete but not yet moved into place.
   */
  private static Optional<WavWriter> deliver(
      int index, AudioSource stem, Path file, Options options, long seed, StemSink sink)
      throws IOException {
    try (stem) {
      if (file == null) {
        sink.accept(index, stem);
        drain(stem);
        return Optional.empty();
      }
      WavWriter w =
          WavWriter.create(
              file,
              options.sampleRate(),
              ChannelLayout.defaultFor(2),
              options.encoding(),
              Dither.tpdf(seed));
      try {
        AudioSource written = new Written(stem, w);
        sink.accept(index, written);
        drain(written);
        w.complete();
        return Optional.of(w);
      } catch (IOException | RuntimeException e) {
        w.close();
        throw e;
      }
    }
  }

  private static void drain(AudioSource source) throws IOException {
    AudioBlock block = new AudioBlock(source.format().channels(), BLOCK);
    while (source.read(block) > 0) {
      // Read only for what reading does.
    }
  }

  /** A source that writes every block it reads to a file. */
  private static final class Written implements AudioSource {
    private final AudioSource source;
    private final WavWriter writer;

    Written(AudioSource source, WavWriter writer) {
      this.source = source;
      this.writer = writer;
    }

    @Override
    public AudioFormat format() {
      return source.format();
    }

    @Override
    public long frameCount() {
      return source.frameCount();
    }

    @Override
    public int read(AudioBlock block) throws IOException {
      int n = source.read(block);
      if (n > 0) {
        writer.write(block);
      }
      return n;
    }
  }

  private static Void commit(WavWriter w) {
    try {
      w.commit();
    } finally {
      w.close();
    }
    return null;
  }

  static void writeAll(WavWriter w, float[][] audio) throws IOException {
    AudioBlock block = new AudioBlock(audio.length, BLOCK);
    int frames = audio[0].length;
    for (int at = 0; at < frames; at += BLOCK) {
      int n = Math.min(BLOCK, frames - at);
      for (int c = 0; c < audio.length; c++) {
        System.arraycopy(audio[c], at, block.channel(c), 0, n);
      }
      block.setFrames(n);
      w.write(block);
    }
  }

  private static void writeBytes(Path file, byte[] bytes) {
    try (AtomicFile out = AtomicFile.create(file)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        out.channel().write(b);
      }
      out.commit();
    } catch (IOException e) {
      throw new OutputException(file.toString(), "cannot write: " + e.getMessage(), null, e);
    }
  }

  /**
   * A plain sum of the stems at the manifest's gains and pans (pan as a balance: the far side is
   * turned down, the near side kept), no limiting.
   */
  public static void writeMixdown(Result r, Options options, long seed, OutputStream out)
      throws IOException {
    List<float[][]> stems = r.stems();
    int frames = stems.isEmpty() ? 0 : stems.get(0)[0].length;
    float[][] sum = new float[2][frames];
    for (int i = 0; i < stems.size(); i++) {
      Manifest.Stem s = r.manifest().stems().get(i);
      double g = StrictMath.pow(10, s.gainDb() / 20);
      float gl = (float) (g * Math.min(1, 1 - s.pan()));
      float gr = (float) (g * Math.min(1, 1 + s.pan()));
      float[][] x = stems.get(i);
      for (int k = 0; k < frames; k++) {
        sum[0][k] += gl * x[0][k];
        sum[1][k] += gr * x[1][k];
      }
    }
    WavWriter w =
        WavWriter.toStream(
            out,
            options.sampleRate(),
            ChannelLayout.defaultFor(2),
            options.encoding(),
            Dither.tpdf(seed),
            frames);
    writeAll(w, sum);
    w.finish();
  }

  static Manifest manifest(Arrangement a, Path folder, Options options) {
    List<Manifest.Stem> stems = new ArrayList<>();
    for (Part p : a.parts()) {
      stems.add(
          new Manifest.Stem(
              p.name(),
              folder.resolve(p.name() + ".wav").toString(),
              p.role(),
              p.gainDb(),
              p.pan()));
    }
    List<Manifest.Span> sections = new ArrayList<>();
    for (FormSection s : a.sections()) {
      sections.add(new Manifest.Span(s.start(), s.end(), s.label()));
    }
    List<Manifest.Chord> chords = new ArrayList<>();
    for (ChordSpan c : a.chords()) {
      chords.add(new Manifest.Chord(c.start(), c.end(), c.symbol()));
    }
    Manifest.Truth truth =
        new Manifest.Truth(
            a.bpm(),
            new TrackSpec.Key(a.key().tonicName(), a.key().mode()),
            a.meter().text(),
            a.durationSeconds(),
            a.beats(),
            a.downbeats(),
            sections,
            chords);
    return new Manifest(
        Contract.MANIFEST.tag(),
        a.seed(),
        stems,
        folder.resolve(MIDI_FILE).toString(),
        truth,
        a.genre(),
        options.sampleRate(),
        options.encoding().bits());
  }
}
